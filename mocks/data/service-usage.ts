import { getDaysInMonth } from 'date-fns';
import type { RegionCode } from '../../shared/src/auth/claims.ts';
import type { PatientCare } from './patient-care.ts';
import { normal, seededRandom, seedFrom, type Random } from './random.ts';
import { codesForRegion, type Season, type ServiceCodeFixture } from './service-codes.ts';

/**
 * Monthly use of each ydelseskode by a clinic, from 1 January two years before the reference date to
 * the reference date (the current month only so far). Codes given per patient (patient-care.ts) are
 * counted from those events; the rest follow the [A] rate per 1,000 of ../shared/domain §1.3 with
 * winter peaks, the July holiday, growth in video and e-consultations, a clinic's own habits, and
 * Poisson-like noise.
 */
export interface CodeCount {
  count: number;
  /** Of `count`, contacts covered by kronikerhonorar (paid 0). */
  covered: number;
}

export interface MonthUsage {
  month: string;
  listSize: number;
  counts: Map<string, CodeCount>;
}

/** A clinic as the usage model sees it: a demo clinic (with patients) or a synthetic peer. */
export interface UsageProfile {
  id: string;
  regionCode: RegionCode;
  bornholm: boolean;
  listSize: number;
  /** Per-patient events and enrolments; peers have none and use rates for everything. */
  care?: ReadonlyMap<string, PatientCare>;
  /** A clinic's deliberate deviations (demo clinics near a ceiling). */
  habits?: Readonly<Record<string, number>>;
}

const HOLIDAY = [1, 1, 1, 1, 1, 1, 0.72, 1, 1, 1, 1, 0.9];
const HOLIDAY_MEAN = HOLIDAY.reduce((a, b) => a + b) / 12;
const VACCINATION = [0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.8, 4.5, 3.5, 1.0];
const VACCINATION_MEAN = VACCINATION.reduce((a, b) => a + b) / 12;
/** Yearly growth: video and written contacts replace some consultations [A]. */
const GROWTH: Readonly<Record<string, number>> = { '0125': 0.25, '0105': 0.08, '0204': 0.1, '0101': -0.02 };
/** Share of patients enrolled on kronikerhonorar per code, for peers without patients [A]. */
const PEER_CHRONIC_SHARE: Readonly<Record<string, number>> = { '0130': 0.016, '0131': 0.027, '0132': 0.003 };

function seasonFactor(season: Season, monthIndex: number): number {
  if (season === 'vaccination') return VACCINATION[monthIndex]! / VACCINATION_MEAN;
  const holiday = HOLIDAY[monthIndex]! / HOLIDAY_MEAN;
  return season === 'acute' ? holiday * (1 + 0.18 * Math.cos((2 * Math.PI * monthIndex) / 12)) : holiday;
}

export interface UsageMonthSpec {
  key: string;
  year: number;
  monthIndex: number;
  /** The part of the month that has passed (1 except for the current month). */
  fraction: number;
  monthsAgo: number;
}

export function usageMonths(reference: Date): UsageMonthSpec[] {
  const months: UsageMonthSpec[] = [];
  const lastYear = reference.getUTCFullYear();
  const lastMonth = reference.getUTCMonth();
  for (let year = lastYear - 2; year <= lastYear; year++) {
    for (let monthIndex = 0; monthIndex < 12; monthIndex++) {
      if (year === lastYear && monthIndex > lastMonth) break;
      const current = year === lastYear && monthIndex === lastMonth;
      months.push({
        key: `${year}-${String(monthIndex + 1).padStart(2, '0')}`,
        year,
        monthIndex,
        fraction: current ? (reference.getUTCDate() - 1) / getDaysInMonth(reference) : 1,
        monthsAgo: (lastYear - year) * 12 + lastMonth - monthIndex,
      });
    }
  }
  return months;
}

function poisson(random: Random, expected: number): number {
  return Math.max(0, Math.round(normal(random, expected, Math.sqrt(expected))));
}

/** Enrolled patients at a date, per kronikerhonorar code. */
function enrolledAt(care: ReadonlyMap<string, PatientCare>, date: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { chronicCare } of care.values()) {
    if (chronicCare && chronicCare.since <= date)
      counts.set(chronicCare.code, (counts.get(chronicCare.code) ?? 0) + 1);
  }
  return counts;
}

/** Events per month and code from patient care, and how many of them were covered by kronikerhonorar. */
function eventCounts(care: ReadonlyMap<string, PatientCare>): Map<string, CodeCount> {
  const counts = new Map<string, CodeCount>();
  for (const { services, chronicCare } of care.values()) {
    for (const { code, date } of services) {
      const key = `${date.slice(0, 7)}|${code}`;
      const entry = counts.get(key) ?? { count: 0, covered: 0 };
      entry.count++;
      if (chronicCare && chronicCare.since <= date && code === '0120') entry.covered++;
      counts.set(key, entry);
    }
  }
  return counts;
}

export function generateUsage(profile: UsageProfile, reference: Date): MonthUsage[] {
  const random = seededRandom(seedFrom(`usage:${profile.id}`));
  const codes = codesForRegion(profile.regionCode).filter((c) => !c.bornholmOnly || profile.bornholm);
  // Each clinic's own habits (about ±25 % per code, so the region's clinics spread), unless set.
  const habit = new Map(
    codes.map((c) => {
      const own = Math.exp(normal(random, 0, 0.22));
      return [c.code, profile.habits?.[c.code] ?? own];
    }),
  );
  const perPatient = profile.care ? eventCounts(profile.care) : undefined;
  const perPatientCodes = new Set(
    profile.care ? codes.filter((c) => c.recipientFilter).map((c) => c.code) : [],
  );

  return usageMonths(reference).map((month) => {
    const listSize = Math.round(profile.listSize * (1 - 0.0015 * month.monthsAgo));
    const quarterEnd = month.monthIndex % 3 === 2 && month.fraction === 1;
    const enrolled = profile.care
      ? enrolledAt(profile.care, `${month.key}-01`)
      : new Map(
          Object.entries(PEER_CHRONIC_SHARE).map(([code, share]) => [code, Math.round(listSize * share)]),
        );
    const enrolledTotal = [...enrolled.values()].reduce((a, b) => a + b, 0);
    // Enrolled patients have about 2.5 times the contacts of the average patient [A].
    const coveredShare = (enrolledTotal * 2.5) / (listSize + enrolledTotal * 1.5);
    const counts = new Map<string, CodeCount>();
    for (const code of codes) {
      const count = countFor(code, month, listSize, habit.get(code.code)!, random, {
        quarterEnd,
        coveredShare,
        enrolled: enrolled.get(code.code) ?? 0,
        fromPatients: perPatientCodes.has(code.code)
          ? (perPatient?.get(`${month.key}|${code.code}`) ?? { count: 0, covered: 0 })
          : undefined,
      });
      if (count.count > 0) counts.set(code.code, count);
    }
    return { month: month.key, listSize, counts };
  });
}

function countFor(
  code: ServiceCodeFixture,
  month: UsageMonthSpec,
  listSize: number,
  habit: number,
  random: Random,
  {
    quarterEnd,
    coveredShare,
    enrolled,
    fromPatients,
  }: { quarterEnd: boolean; coveredShare: number; enrolled: number; fromPatients: CodeCount | undefined },
): CodeCount {
  if (code.season === 'quarterly') return { count: quarterEnd ? enrolled : 0, covered: 0 };
  if (fromPatients) return fromPatients;
  const growth = (1 + (GROWTH[code.code] ?? 0)) ** (-month.monthsAgo / 12);
  const expected =
    (code.per1000 / 1000) *
    (listSize / 12) *
    seasonFactor(code.season, month.monthIndex) *
    growth *
    habit *
    month.fraction;
  const count = poisson(random, expected);
  return { count, covered: code.chronicCareCovered ? Math.round(count * coveredShare) : 0 };
}
