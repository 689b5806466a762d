import type { ServiceCode, UsagePeriod } from './types.ts';

/** Small hand-made inputs for the domain tests. */
export const code = (
  c: string,
  group: ServiceCode['group'],
  feeDkk: number,
  extra: Partial<ServiceCode> = {},
) =>
  ({
    code: c,
    name: `Ydelse ${c}`,
    group,
    feeDkk,
    inCeiling: group !== 'local-agreement' && group !== 'chronic-care',
    chronicCareCovered: false,
    recipientFilter: false,
    guidance: `Regel for ${c}`,
    ...extra,
  }) satisfies ServiceCode;

export const month = (
  period: string,
  listSize: number,
  items: Record<string, [count: number, amountDkk: number, covered?: number]>,
  to = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5)), 0)).toISOString().slice(0, 10),
): UsagePeriod => ({
  period,
  from: `${period}-01`,
  to,
  listSize,
  items: Object.entries(items).map(([c, [count, amountDkk, covered = 0]]) => ({
    code: c,
    count,
    amountDkk,
    chronicCareCovered: covered,
  })),
});
