import { periodOfMonth, type Granularity } from './period.ts';
import type { ServiceCode, ServiceGroup, UsagePeriod } from './types.ts';

/** A code's use in one period: services, those covered by kronikerhonorar, and the fees paid. */
export interface CodeTotals {
  count: number;
  covered: number;
  amountDkk: number;
}

/** Months summed into one period (a month, quarter, year, or the whole selection). */
export interface Bucket {
  /** `2026-03`, `2026-K1`, `2026`, or `total`. */
  key: string;
  from: string;
  /** The last day counted (yesterday for the current period). */
  to: string;
  /** Average listed patients over the months. */
  listSize: number;
  /** Whether the period has not ended yet (its last month is counted only so far). */
  partial: boolean;
  byCode: ReadonlyMap<string, CodeTotals>;
}

export type Metric = 'count' | 'per1000' | 'amount';
/** What a chart or a headline counts: every code, one group, or one code. */
export type Selection = { group?: ServiceGroup; code?: string };

const lastDayOfMonth = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

function sumInto(target: Map<string, CodeTotals>, period: UsagePeriod): void {
  for (const item of period.items) {
    const total = target.get(item.code) ?? { count: 0, covered: 0, amountDkk: 0 };
    target.set(item.code, {
      count: total.count + item.count,
      covered: total.covered + item.chronicCareCovered,
      amountDkk: total.amountDkk + item.amountDkk,
    });
  }
}

function bucketOf(key: string, months: readonly UsagePeriod[]): Bucket {
  const byCode = new Map<string, CodeTotals>();
  for (const month of months) sumInto(byCode, month);
  const last = months.at(-1)!;
  return {
    key,
    from: months[0]!.from,
    to: last.to,
    listSize: months.reduce((sum, m) => sum + m.listSize, 0) / months.length,
    partial: last.to < lastDayOfMonth(last.period),
    byCode,
  };
}

/** Monthly usage (as the API gives it with granularity=month) summed by month, quarter or year. */
export function aggregate(months: readonly UsagePeriod[], granularity: Granularity): Bucket[] {
  const groups = new Map<string, UsagePeriod[]>();
  for (const month of months) {
    const key = periodOfMonth(month.period, granularity);
    groups.set(key, [...(groups.get(key) ?? []), month]);
  }
  return [...groups].map(([key, group]) => bucketOf(key, group));
}

/** The whole selection of months as one period. */
export function total(months: readonly UsagePeriod[]): Bucket | undefined {
  return months.length ? bucketOf('total', months) : undefined;
}

/** Services per 1,000 listed patients over the bucket's months (not annualised). */
export const per1000 = (count: number, listSize: number): number =>
  listSize > 0 ? (count / listSize) * 1000 : 0;

export function selectedCodes(codes: readonly ServiceCode[], selection: Selection): ServiceCode[] {
  if (selection.code) return codes.filter((c) => c.code === selection.code);
  return selection.group ? codes.filter((c) => c.group === selection.group) : [...codes];
}

/** The bucket's total for some codes: services, per 1,000 listed patients, or fees in DKK. */
export function measure(bucket: Bucket, codes: readonly ServiceCode[], metric: Metric): number {
  let count = 0;
  let amount = 0;
  for (const { code } of codes) {
    const totals = bucket.byCode.get(code);
    count += totals?.count ?? 0;
    amount += totals?.amountDkk ?? 0;
  }
  if (metric === 'amount') return amount;
  return metric === 'per1000' ? per1000(count, bucket.listSize) : count;
}

/** The same period a year earlier: `2026-03` → `2025-03`, `2026-K1` → `2025-K1`, `2026` → `2025`. */
export const keyLastYear = (key: string): string => `${Number(key.slice(0, 4)) - 1}${key.slice(4)}`;

/** Relative change, or undefined when there is nothing to compare with. */
export const change = (current: number, previous: number | undefined): number | undefined =>
  previous ? (current - previous) / previous : undefined;

export interface SeriesPoint {
  key: string;
  partial: boolean;
  value: number;
  lastYear?: number;
}

/** One value per period for the chart and its table, with the same period last year when compared. */
export function series(
  buckets: readonly Bucket[],
  codes: readonly ServiceCode[],
  metric: Metric,
  lastYear?: readonly Bucket[],
): SeriesPoint[] {
  const previous = new Map(lastYear?.map((b) => [b.key, b]));
  return buckets.map((bucket) => {
    const before = previous.get(keyLastYear(bucket.key));
    return {
      key: bucket.key,
      partial: bucket.partial,
      value: measure(bucket, codes, metric),
      ...(lastYear ? { lastYear: before ? measure(before, codes, metric) : undefined } : {}),
    };
  });
}

export interface CodeRow {
  code: ServiceCode;
  count: number;
  per1000: number;
  amountDkk: number;
  covered: number;
  lastYearCount?: number;
}

/** One row per code used in the period (or last year), in the agreement's order of codes. */
export function codeRows(codes: readonly ServiceCode[], period: Bucket, lastYear?: Bucket): CodeRow[] {
  return codes.flatMap((code) => {
    const now = period.byCode.get(code.code);
    const before = lastYear?.byCode.get(code.code);
    if (!now?.count && !before?.count) return [];
    return [
      {
        code,
        count: now?.count ?? 0,
        per1000: per1000(now?.count ?? 0, period.listSize),
        amountDkk: now?.amountDkk ?? 0,
        covered: now?.covered ?? 0,
        ...(lastYear ? { lastYearCount: before?.count ?? 0 } : {}),
      },
    ];
  });
}

export interface GroupRow {
  group: ServiceGroup;
  count: number;
  per1000: number;
  amountDkk: number;
  lastYearCount?: number;
}

/** The code rows summed per group, in the order the groups are given. */
export function groupRows(rows: readonly CodeRow[], groups: readonly ServiceGroup[]): GroupRow[] {
  return groups.flatMap((group) => {
    const inGroup = rows.filter((r) => r.code.group === group);
    if (inGroup.length === 0) return [];
    const sum = (pick: (r: CodeRow) => number | undefined) => inGroup.reduce((s, r) => s + (pick(r) ?? 0), 0);
    const compared = inGroup.some((r) => r.lastYearCount !== undefined);
    return [
      {
        group,
        count: sum((r) => r.count),
        per1000: sum((r) => r.per1000),
        amountDkk: sum((r) => r.amountDkk),
        ...(compared ? { lastYearCount: sum((r) => r.lastYearCount) } : {}),
      },
    ];
  });
}

/** The group rows added up, for the table's total line. */
export function sumGroups(rows: readonly GroupRow[]): Omit<GroupRow, 'group'> {
  const sum = (pick: (g: GroupRow) => number | undefined) => rows.reduce((s, g) => s + (pick(g) ?? 0), 0);
  const compared = rows.some((g) => g.lastYearCount !== undefined);
  return {
    count: sum((g) => g.count),
    per1000: sum((g) => g.per1000),
    amountDkk: sum((g) => g.amountDkk),
    ...(compared ? { lastYearCount: sum((g) => g.lastYearCount) } : {}),
  };
}
