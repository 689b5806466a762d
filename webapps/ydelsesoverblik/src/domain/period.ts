/**
 * The period the clinic looks at: a calendar year or a quarter, written in the URL as `2026` or
 * `2026-K3`. The API counts months (YYYY-MM); data start on 1 January two years ago.
 */
export type Period = { year: number; quarter?: 1 | 2 | 3 | 4 };
export type Granularity = 'month' | 'quarter' | 'year';

/** How many calendar years back the API has data, counting the current year. */
export const YEARS_OF_DATA = 3;

const PATTERN = /^(\d{4})(?:-K([1-4]))?$/;

export function parsePeriod(value: string | null, today: Date): Period {
  const match = PATTERN.exec(value ?? '');
  const current = today.getUTCFullYear();
  const year = match ? Number(match[1]) : current;
  if (year > current || year <= current - YEARS_OF_DATA) return { year: current };
  const quarter = match?.[2] ? (Number(match[2]) as Period['quarter']) : undefined;
  if (quarter && year === current && (quarter - 1) * 3 > today.getUTCMonth()) return { year };
  return quarter ? { year, quarter } : { year };
}

export const formatPeriodKey = (period: Period): string =>
  period.quarter ? `${period.year}-K${period.quarter}` : String(period.year);

const yearMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The period's months for the API, ending at the current month if the period has not ended. */
export function monthRange(period: Period, today: Date): { from: string; to: string } {
  const first = period.quarter ? (period.quarter - 1) * 3 + 1 : 1;
  const last = period.quarter ? first + 2 : 12;
  const current = yearMonth(today.getUTCFullYear(), today.getUTCMonth() + 1);
  const to = yearMonth(period.year, last);
  return { from: yearMonth(period.year, first), to: to < current ? to : current };
}

/** The same months one year earlier, or none when that lies before the data. */
export function sameRangeLastYear(
  range: { from: string; to: string },
  today: Date,
): { from: string; to: string } | undefined {
  const back = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const earliest = today.getUTCFullYear() - YEARS_OF_DATA + 1;
  return Number(range.from.slice(0, 4)) - 1 < earliest
    ? undefined
    : { from: back(range.from), to: back(range.to) };
}

/** Every period the selector offers, newest first: each year, then its quarters that have begun. */
export function selectablePeriods(today: Date): Period[] {
  const current = today.getUTCFullYear();
  const periods: Period[] = [];
  for (let year = current; year > current - YEARS_OF_DATA; year--) {
    periods.push({ year });
    for (const quarter of [4, 3, 2, 1] as const) {
      if (year < current || (quarter - 1) * 3 <= today.getUTCMonth()) periods.push({ year, quarter });
    }
  }
  return periods;
}

/** Which period a month (YYYY-MM) falls in at a granularity: `2026-03`, `2026-K1` or `2026`. */
export function periodOfMonth(month: string, granularity: Granularity): string {
  if (granularity === 'month') return month;
  if (granularity === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-K${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Share of a calendar year that the data cover: from 1 January to `lastDay` (ISO date) inclusive. */
export function shareOfYearElapsed(year: number, lastDay: string): number {
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / DAY;
  const elapsed = Math.round((utc(lastDay) - start) / DAY) + 1;
  return Math.min(1, Math.max(0, elapsed / days));
}
