import type { IsoDay } from './dates.ts';
import { isFlagged, patientIssues, type ElementIssue } from './flags.ts';
import type { AimPatient } from './types.ts';

/** The patient list: each patient with the issues to fix, filtered as the URL says, a page at a time. */
export const PATIENT_FILTERS = ['alle', 'markerede', 'mangler', 'forældede', 'udløber'] as const;
export type PatientFilter = (typeof PATIENT_FILTERS)[number];

export interface PatientRow {
  patient: AimPatient;
  issues: ElementIssue[];
  flagged: boolean;
}

export function patientRows(
  patients: readonly AimPatient[],
  today: IsoDay,
  nextTransmission?: IsoDay,
): PatientRow[] {
  return patients.map((patient) => {
    const issues = patientIssues(patient, today, nextTransmission);
    return { patient, issues, flagged: isFlagged(issues) };
  });
}

const MATCHES: Record<PatientFilter, (row: PatientRow) => boolean> = {
  alle: () => true,
  markerede: (row) => row.flagged,
  mangler: (row) => row.issues.some((i) => i.kind === 'missing'),
  forældede: (row) => row.issues.some((i) => i.kind === 'out-of-date'),
  udløber: (row) => row.issues.some((i) => i.kind === 'expires-soon'),
};

export function filterRows(rows: readonly PatientRow[], filter: PatientFilter): PatientRow[] {
  return rows.filter(MATCHES[filter]);
}

export function countByFilter(rows: readonly PatientRow[]): Record<PatientFilter, number> {
  return Object.fromEntries(PATIENT_FILTERS.map((f) => [f, rows.filter(MATCHES[f]).length])) as Record<
    PatientFilter,
    number
  >;
}

/** 25 wide rows a page: each filter change redraws the page, and 50 took several frames on the CI machine. */
export const PAGE_SIZE = 25;

export function pageOf<T>(
  items: readonly T[],
  page: number,
  size = PAGE_SIZE,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}
