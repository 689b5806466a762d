/**
 * Ages are whole years on the day of sending (the contract's rule), in Danish time. A person born on
 * 29 February turns a year older on 1 March in other years, as the "MM-DD" comparison gives.
 */
const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as 'YYYY-MM-DD' in Denmark. */
export function todayIso(now: Date = new Date()): string {
  return COPENHAGEN_DAY.format(now);
}

/** Whole years from `birthIso` to `onIso` (both 'YYYY-MM-DD'). */
export function ageOn(birthIso: string, onIso: string): number {
  const years = Number(onIso.slice(0, 4)) - Number(birthIso.slice(0, 4));
  return onIso.slice(5, 10) < birthIso.slice(5, 10) ? years - 1 : years;
}

/** The age presets offered next to the from–to fields; `max` undefined means no upper limit. */
export const AGE_PRESETS = [
  { id: 'all', min: undefined, max: undefined },
  { id: '65+', min: 65, max: undefined },
  { id: '75+', min: 75, max: undefined },
  { id: '18-64', min: 18, max: 64 },
  { id: '15-17', min: 15, max: 17 },
  { id: '0-14', min: 0, max: 14 },
] as const;
export type AgePresetId = (typeof AGE_PRESETS)[number]['id'];

export function presetOf(min: number | undefined, max: number | undefined): AgePresetId | undefined {
  return AGE_PRESETS.find((p) => p.min === min && p.max === max)?.id;
}
