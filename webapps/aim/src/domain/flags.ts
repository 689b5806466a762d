import { addMonthsIso, type IsoDay } from './dates.ts';
import type { AimElement, AimPatient, RecordStatus } from './types.ts';

/**
 * The missing/stale-data rules: what the clinic must fix in the practice system before the next
 * transmission. A value is missing without a value or a date; out of date when measured before the
 * same day `validityMonths` ago (the API's rule, and the indicator window); and "expires soon" when it
 * is current today but will be out of date on the day of the next transmission.
 */
export type IssueKind = 'missing' | 'out-of-date' | 'expires-soon';

export interface ElementIssue {
  elementId: string;
  name: string;
  kind: IssueKind;
  /** The date of the value on record, when there is one. */
  date?: IsoDay;
  /** The day the value stops (or stopped) being current. */
  validUntil?: IsoDay;
  validityMonths?: number;
}

export function elementIssue(
  element: AimElement,
  today: IsoDay,
  nextTransmission?: IsoDay,
): ElementIssue | undefined {
  const base = { elementId: element.id, name: element.name, validityMonths: element.validityMonths };
  if (element.value === null || !element.date) return { ...base, kind: 'missing' };
  const months = element.validityMonths;
  if (months === undefined) return undefined;
  const kind =
    element.date < addMonthsIso(today, -months)
      ? 'out-of-date'
      : nextTransmission && element.date < addMonthsIso(nextTransmission, -months)
        ? 'expires-soon'
        : undefined;
  return kind && { ...base, kind, date: element.date, validUntil: addMonthsIso(element.date, months) };
}

export function patientIssues(
  patient: Pick<AimPatient, 'elements'>,
  today: IsoDay,
  nextTransmission?: IsoDay,
): ElementIssue[] {
  return patient.elements.flatMap((element) => elementIssue(element, today, nextTransmission) ?? []);
}

/** The record's status from its issues, as the API defines it: the worst flag wins. */
export function statusFromIssues(issues: readonly ElementIssue[]): RecordStatus {
  if (issues.some((issue) => issue.kind === 'missing')) return 'missing-data';
  return issues.some((issue) => issue.kind === 'out-of-date') ? 'out-of-date' : 'ready';
}

/** Flagged: something will be sent empty or stale unless the clinic acts. */
export const isFlagged = (issues: readonly ElementIssue[]) =>
  issues.some((issue) => issue.kind !== 'expires-soon');
