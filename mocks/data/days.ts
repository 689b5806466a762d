/**
 * Dates as whole UTC days since 1970. The generator works in these numbers rather than Date objects:
 * it is an order of magnitude faster for ~100,000 dates, and never depends on the machine's time zone.
 */
export const DAY_MS = 86_400_000;

export const dayNumber = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

/** 'YYYY-MM-DD' (parsed as UTC, as ISO dates are). */
export const dayOfIso = (iso: string): number => Date.parse(iso) / DAY_MS;

const isoCache = new Map<number, string>();
export function isoOfDay(day: number): string {
  let iso = isoCache.get(day);
  if (!iso) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** The same day of the month, `months` earlier (clamped to the month's end, as date-fns does). */
export function monthsBefore(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1);
  const first = new Date(target);
  const lastOfMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dayNumber(
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date.getUTCDate(), lastOfMonth))),
  );
}

/** Whole years from `birth` to `on` (both ISO days), as a person's age. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
