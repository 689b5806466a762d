/**
 * Whole UTC days as ISO strings ('YYYY-MM-DD'), the unit of every AIM rule: the API dates values by
 * day and computes its figures from the start of today in UTC, so the webapp must too, whatever the
 * browser's time zone.
 */
export type IsoDay = string;

export function todayUtc(now: Date = new Date()): IsoDay {
  return now.toISOString().slice(0, 10);
}

// The rules ask for the same few (day, months) pairs thousands of times per population.
const shifted = new Map<string, IsoDay>();

/** The same day of the month `months` later (negative: earlier), clamped to the month's end. */
export function addMonthsIso(day: IsoDay, months: number): IsoDay {
  const key = `${day}|${months}`;
  let result = shifted.get(key);
  if (result === undefined) {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const first = new Date(Date.UTC(year, month - 1 + months, 1));
    const lastOfMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    first.setUTCDate(Math.min(date, lastOfMonth));
    result = first.toISOString().slice(0, 10);
    shifted.set(key, result);
  }
  return result;
}
