import type { RegionCode } from '../../shared/src/auth/claims.ts';
import { between, seededRandom, seedFrom, weighted } from './random.ts';
import { inCeiling, SERVICE_CODES, type ServiceCodeFixture } from './service-codes.ts';
import type { MonthUsage, UsageProfile } from './service-usage.ts';

/**
 * The regional benchmark and the §93 ceilings, computed from the same monthly usage as the clinic's
 * own statistics: each region has 40 synthetic peer clinics plus the demo clinics in it. Region
 * Hovedstaden's include three on Bornholm (kommune 400) — Bornholm belongs to it [V §1.4].
 */
export const PEERS_PER_REGION = 40;
const BORNHOLM_PEERS = 3;

/** Practice types and list sizes of Danish clinics [A] (../shared/domain §6.3). */
const LIST_SIZES: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[1300, 2100], 40],
  [[2500, 3600], 20],
  [[4500, 7000], 25],
  [[7500, 14000], 12],
  [[2000, 9000], 3],
];

export function syntheticPeers(regionCode: RegionCode): UsageProfile[] {
  const random = seededRandom(seedFrom(`peers:${regionCode}`));
  return Array.from({ length: PEERS_PER_REGION }, (_, i) => ({
    id: `peer-${regionCode}-${String(i + 1).padStart(2, '0')}`,
    regionCode,
    bornholm: regionCode === '1084' && i < BORNHOLM_PEERS,
    listSize: between(random, ...weighted(random, LIST_SIZES)),
  }));
}

export interface BenchmarkMember {
  id: string;
  bornholm: boolean;
  months: readonly MonthUsage[];
}

/** Linear interpolation between order statistics (R type 7). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function per1000(months: readonly MonthUsage[], code: string): number {
  if (months.length === 0) return 0;
  const count = months.reduce((sum, m) => sum + (m.counts.get(code)?.count ?? 0), 0);
  const listSize = months.reduce((sum, m) => sum + m.listSize, 0) / months.length;
  return (count / listSize) * 1000;
}

const inRange = (months: readonly MonthUsage[], from: string, to: string) =>
  months.filter((m) => m.month >= from && m.month <= to);

export function benchmark(
  members: readonly BenchmarkMember[],
  clinicId: string,
  from: string,
  to: string,
  codes: readonly ServiceCodeFixture[],
) {
  const ranges = members.map((m) => ({ id: m.id, months: inRange(m.months, from, to) }));
  const clinic = ranges.find((r) => r.id === clinicId);
  const items = codes.flatMap((code) => {
    const values = ranges.map((r) => per1000(r.months, code.code)).sort((a, b) => a - b);
    if (values.every((v) => v === 0)) return [];
    const own = clinic ? per1000(clinic.months, code.code) : 0;
    return [
      {
        code: code.code,
        clinicPer1000: round1(own),
        p25: round1(percentile(values, 0.25)),
        median: round1(percentile(values, 0.5)),
        p75: round1(percentile(values, 0.75)),
        clinicPercentile: Math.round((100 * values.filter((v) => v < own).length) / values.length),
      },
    ];
  });
  return {
    clinicCount: members.length,
    bornholmClinicCount: members.filter((m) => m.bornholm).length,
    items,
  };
}

/** §93 model [A] (../shared/domain §1.2): the ceiling lies 20 % above the region's average fee per patient. */
export const CEILING_THRESHOLD_PCT = 20;
export const CEILING_WARNING_PCT = 90;
/** Services a region watches one by one (PLO-Hovedstaden's advice names them [V §1.2]); 25 % above average [A]. */
const WATCHED = ['0101', '0120', '0204', '2101', '6101'];
const WATCHED_THRESHOLD = 1.25;

const FEES = new Map(SERVICE_CODES.map((c) => [c.code, c]));

function feePerPatient(months: readonly MonthUsage[]): number {
  let amount = 0;
  for (const month of months) {
    for (const [code, { count, covered }] of month.counts) {
      const fixture = FEES.get(code);
      if (fixture && inCeiling(fixture)) amount += (count - covered) * fixture.feeDkk;
    }
  }
  return amount / (months.reduce((sum, m) => sum + m.listSize, 0) / months.length);
}

/** A year's ceilings, set from the region's use the year before; undefined without a full year of data. */
export function ceilings(members: readonly BenchmarkMember[], year: number) {
  const basis = members.map((m) => inRange(m.months, `${year - 1}-01`, `${year - 1}-12`));
  if (basis.some((months) => months.length < 12)) return undefined;
  const average = basis.reduce((sum, months) => sum + feePerPatient(months), 0) / basis.length;
  return {
    year,
    thresholdPct: CEILING_THRESHOLD_PCT,
    warningAtPct: CEILING_WARNING_PCT,
    regionAverageFeePerPatientDkk: Math.round(average),
    ceilingFeePerPatientDkk: Math.round(average * (1 + CEILING_THRESHOLD_PCT / 100)),
    services: WATCHED.map((code) => {
      const mean = basis.reduce((sum, months) => sum + per1000(months, code), 0) / basis.length;
      return { code, regionAveragePer1000: round1(mean), ceilingPer1000: round1(mean * WATCHED_THRESHOLD) };
    }),
  };
}
