import { addDays, addMonths, subMonths } from 'date-fns';
import { dayNumber, isoOfDay, monthsBefore } from './days.ts';
import type { RegionCode } from '../../shared/src/auth/claims.ts';
import type { ClinicFixture } from './clinics.ts';
import type { Patient } from './patients.ts';
import { between, normal, pick, seededRandom, seedFrom, type Random } from './random.ts';
import type {
  AimDatabaseDefinition,
  AimReceiver,
  ElementDefinition,
  ElementValue,
  IndicatorDefinition,
} from './aim-definitions.ts';

/**
 * What AIM would report for a clinic: per database the population (patients with its ICPC codes), each
 * patient's data elements with date, source and a flag when missing or out of date, the indicator
 * series, and a year of monthly transmissions to both receivers with some rejected records.
 */
export type ElementFlag = 'ok' | 'missing' | 'out-of-date';
export type RecordStatus = 'ready' | 'missing-data' | 'out-of-date';

export interface ElementRecord {
  id: string;
  name: string;
  unit?: string;
  value: ElementValue | null;
  date?: string;
  source: ElementDefinition['source'];
  flag: ElementFlag;
  validityMonths: number;
  receivers: readonly AimReceiver[];
}

export interface AimPatientRecord {
  patient: Patient;
  diagnosis: { code: string; date: string };
  elements: ElementRecord[];
  status: RecordStatus;
}

export interface AimRejection {
  /** Absent when the whole delivery was refused. */
  cpr?: string;
  code: string;
  reason: string;
  elementId?: string;
}

export interface AimTransmissionRecord {
  id: string;
  databaseId: AimDatabaseDefinition['id'];
  receiver: AimReceiver;
  sentAt: string;
  periodFrom: string;
  periodTo: string;
  status: 'accepted' | 'partially-rejected' | 'rejected';
  recordCount: number;
  acceptedCount: number;
  rejectedCount: number;
  rejections: AimRejection[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function elementRecord(
  random: Random,
  definition: ElementDefinition,
  diligence: number,
  today: number,
): ElementRecord {
  const { value, missing = 0.02, outdated = 0.03, ...meta } = definition;
  const base = {
    id: meta.id,
    name: meta.name,
    source: meta.source,
    validityMonths: meta.validityMonths,
    receivers: meta.receivers,
    ...(meta.unit ? { unit: meta.unit } : {}),
  };
  const roll = random();
  if (roll < missing * diligence) return { ...base, value: null, flag: 'missing' };
  const stale = roll < (missing + outdated) * diligence;
  const newest = stale ? monthsBefore(today, meta.validityMonths) : today;
  const date = newest - between(random, stale ? 20 : 1, stale ? 300 : meta.validityMonths * 30 - 5);
  return { ...base, value: value(random), date: isoOfDay(date), flag: stale ? 'out-of-date' : 'ok' };
}

export function recordStatus(elements: readonly ElementRecord[]): RecordStatus {
  if (elements.some((e) => e.flag === 'missing')) return 'missing-data';
  return elements.some((e) => e.flag === 'out-of-date') ? 'out-of-date' : 'ready';
}

export function generateAimRecords(
  clinic: ClinicFixture,
  patients: readonly Patient[],
  database: AimDatabaseDefinition,
  reference: Date,
): AimPatientRecord[] {
  const random = seededRandom(seedFrom(`aim:${clinic.ydernummer}:${database.id}`));
  // Some clinics record more diligently than others [A].
  const diligence = 0.6 + random();
  const today = dayNumber(reference);
  return patients.flatMap((patient) => {
    const code = database.icpcCodes.find((c) => patient.icpc.includes(c));
    if (!code || patient.age < database.minAge) return [];
    const diagnosed = today - between(random, 30, Math.max(30, Math.min(patient.age, 15) * 365));
    const elements = database.elements.map((definition) =>
      elementRecord(random, definition, diligence, today),
    );
    return [
      { patient, diagnosis: { code, date: isoOfDay(diagnosed) }, elements, status: recordStatus(elements) },
    ];
  });
}

function meets(
  operator: NonNullable<IndicatorDefinition['condition']>['operator'],
  value: ElementValue,
  target: ElementValue,
): boolean {
  switch (operator) {
    case 'eq':
      return value === target;
    case 'lt':
      return value < target;
    case 'lte':
      return value <= target;
    case 'gt':
      return value > target;
    case 'gte':
      return value >= target;
  }
}

/** The indicator rule of the contract: recorded within the window and, if given, meeting the condition. */
export function fulfils(
  indicator: IndicatorDefinition,
  record: AimPatientRecord,
  windowMonths: number,
  reference: Date,
): boolean {
  const element = record.elements.find((e) => e.id === indicator.elementId);
  if (!element || element.value === null || !element.date) return false;
  if (element.date < isoOfDay(monthsBefore(dayNumber(reference), windowMonths))) return false;
  return (
    !indicator.condition || meets(indicator.condition.operator, element.value, indicator.condition.value)
  );
}

export function quarterLabel(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Eight quarters, the last computed from today's records; earlier ones drift back from it [A]. */
export function indicatorSeries(
  database: AimDatabaseDefinition,
  records: readonly AimPatientRecord[],
  regionCode: RegionCode,
  ydernummer: string,
  reference: Date,
) {
  const random = seededRandom(seedFrom(`aim-series:${ydernummer}:${database.id}`));
  const regional = seededRandom(seedFrom(`aim-region:${regionCode}:${database.id}`));
  return database.indicators.map((indicator) => {
    const windowMonths = database.elements.find((e) => e.id === indicator.elementId)!.validityMonths;
    const sign = indicator.direction === 'higher-is-better' ? 1 : -1;
    const regionOffset = normal(regional, 0, 2);
    const numeratorNow = records.filter((r) => fulfils(indicator, r, windowMonths, reference)).length;
    const pctNow = records.length ? (100 * numeratorNow) / records.length : 0;
    const series = database.inPreparation
      ? []
      : Array.from({ length: 8 }, (_, i) => {
          const quartersAgo = 7 - i;
          const denominator = Math.round(records.length * (1 - 0.008 * quartersAgo));
          const pct =
            quartersAgo === 0 ? pctNow : clampPct(pctNow - sign * 0.7 * quartersAgo + normal(random, 0, 1.5));
          const national = clampPct(indicator.nationalPct - sign * 0.4 * quartersAgo);
          return {
            period: quarterLabel(subMonths(reference, 3 * quartersAgo)),
            numerator: quartersAgo === 0 ? numeratorNow : Math.round((pct * denominator) / 100),
            denominator,
            clinicPct: round1(pct),
            regionPct: round1(clampPct(national + regionOffset)),
            nationalPct: round1(national),
          };
        });
    return { indicator, windowMonths, series };
  });
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const clampPct = (value: number) => Math.min(100, Math.max(0, value));

/** AIM sends on the 5th of every month at 02:15 [A]. */
export function nextTransmission(reference: Date): Date {
  const thisMonth = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 5, 2, 15));
  return thisMonth > reference ? thisMonth : addMonths(thisMonth, 1);
}

const REJECTIONS: ReadonlyArray<{
  code: string;
  reason: (e: ElementDefinition) => string;
  element: boolean;
}> = [
  { code: 'AIM-101', reason: (e) => `${e.name}: værdi uden dato for måling`, element: true },
  { code: 'AIM-204', reason: (e) => `${e.name}: værdi uden for gyldigt interval`, element: true },
  {
    code: 'AIM-207',
    reason: (e) => `${e.name}: samme dato indberettet to gange med forskellig værdi`,
    element: true,
  },
  {
    code: 'AIM-310',
    reason: () => 'CPR-nummeret er ikke aktivt i CPR-registeret (død eller udrejst)',
    element: false,
  },
  { code: 'AIM-415', reason: () => 'Diagnosedato ligger efter dato for indberetning', element: false },
];

export function generateTransmissions(
  clinic: ClinicFixture,
  database: AimDatabaseDefinition,
  records: readonly AimPatientRecord[],
  reference: Date,
): AimTransmissionRecord[] {
  if (database.inPreparation) return [];
  const random = seededRandom(seedFrom(`aim-transmissions:${clinic.ydernummer}:${database.id}`));
  const next = nextTransmission(reference);
  const transmissions: AimTransmissionRecord[] = [];
  for (let monthsAgo = 1; monthsAgo <= 12; monthsAgo++) {
    const sentAt = subMonths(next, monthsAgo);
    const periodTo = addDays(new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), 1)), -1);
    const included = records.filter((r) => r.diagnosis.date <= isoDay(sentAt));
    for (const receiver of ['RKKP', 'SDS'] as const) {
      // One whole delivery refused by its receiver, for the demo: the engine resends it by itself.
      const refused = database.id === 'drkol' && receiver === 'SDS' && monthsAgo === 2;
      const rejections = refused ? [] : rejectionsFor(random, database, included);
      const rejectedCount = refused ? included.length : new Set(rejections.map((r) => r.cpr)).size;
      transmissions.push({
        id: `${clinic.ydernummer}-${database.id}-${receiver}-${isoDay(sentAt).slice(0, 7)}`,
        databaseId: database.id,
        receiver,
        sentAt: sentAt.toISOString(),
        periodFrom: isoDay(new Date(Date.UTC(periodTo.getUTCFullYear(), periodTo.getUTCMonth(), 1))),
        periodTo: isoDay(periodTo),
        status: refused ? 'rejected' : rejectedCount ? 'partially-rejected' : 'accepted',
        recordCount: included.length,
        acceptedCount: included.length - rejectedCount,
        rejectedCount,
        rejections: refused
          ? [
              {
                code: 'AIM-001',
                reason:
                  'Leverancen fulgte ikke den gældende version af indberetningsformatet; hele leverancen er afvist og sendes igen automatisk',
              },
            ]
          : rejections,
      });
    }
  }
  return transmissions;
}

function rejectionsFor(
  random: Random,
  database: AimDatabaseDefinition,
  included: readonly AimPatientRecord[],
): AimRejection[] {
  const count = Math.max(0, Math.round(normal(random, included.length * 0.006, 1.2)));
  return Array.from({ length: Math.min(count, included.length) }, () => {
    const record = pick(random, included);
    const kind = pick(random, REJECTIONS);
    const element = pick(random, database.elements);
    return {
      cpr: record.patient.cpr,
      code: kind.code,
      reason: kind.reason(element),
      ...(kind.element ? { elementId: element.id } : {}),
    };
  });
}
