// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../../../shared/testing/msw.ts';
import { code, month } from './fixtures.test-helpers.ts';
import type { UsagePeriod } from './types.ts';
import { aggregate, codeRows, groupRows, measure, per1000, selectedCodes, series, total } from './usage.ts';

const consultation = code('0101', 'consultation', 160);
const econsultation = code('0105', 'e-consultation', 50);
const CODES = [consultation, econsultation];

const JAN_TO_APR = [
  month('2026-01', 1000, { '0101': [300, 48000], '0105': [100, 5000] }),
  month('2026-02', 1000, { '0101': [200, 32000] }),
  month('2026-03', 1200, { '0101': [100, 16000], '0105': [50, 2500] }),
  month('2026-04', 1200, { '0101': [60, 9600] }, '2026-04-14'),
];

describe('aggregations', () => {
  it('sums months into quarters and years, averaging the list size', () => {
    const [q1, q2] = aggregate(JAN_TO_APR, 'quarter');
    expect(q1).toMatchObject({ key: '2026-K1', from: '2026-01-01', to: '2026-03-31', partial: false });
    expect(q1!.listSize).toBeCloseTo(3200 / 3);
    expect(q1!.byCode.get('0101')).toEqual({ count: 600, covered: 0, amountDkk: 96000 });
    expect(q2).toMatchObject({ key: '2026-K2', to: '2026-04-14', partial: true });
    const [year] = aggregate(JAN_TO_APR, 'year');
    expect(year!.byCode.get('0105')!.count).toBe(150);
    expect(aggregate(JAN_TO_APR, 'month').map((b) => b.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
  });

  it('counts per 1,000 listed patients over the period, and in DKK', () => {
    const period = total(JAN_TO_APR)!;
    expect(period.listSize).toBe(1100);
    expect(measure(period, [consultation], 'count')).toBe(660);
    expect(measure(period, [consultation], 'per1000')).toBeCloseTo(600);
    expect(measure(period, CODES, 'amount')).toBe(113100);
    expect(per1000(5, 0)).toBe(0);
  });

  it('selects one code, one group or all', () => {
    expect(selectedCodes(CODES, { code: '0105' })).toEqual([econsultation]);
    expect(selectedCodes(CODES, { group: 'consultation' })).toEqual([consultation]);
    expect(selectedCodes(CODES, {})).toEqual(CODES);
  });

  it('compares each period with the same period last year', () => {
    const lastYear = aggregate([month('2025-01', 1000, { '0101': [250, 40000] })], 'month');
    const points = series(aggregate(JAN_TO_APR.slice(0, 2), 'month'), [consultation], 'count', lastYear);
    expect(points).toEqual([
      { key: '2026-01', partial: false, value: 300, lastYear: 250 },
      { key: '2026-02', partial: false, value: 200, lastYear: undefined },
    ]);
  });

  it('gives a row per code used and sums them per group', () => {
    const rows = codeRows(CODES, total(JAN_TO_APR)!, total([month('2025-01', 1000, { '0105': [40, 2000] })]));
    expect(rows.map((r) => [r.code.code, r.count, r.lastYearCount])).toEqual([
      ['0101', 660, 0],
      ['0105', 150, 40],
    ]);
    expect(groupRows(rows, ['e-consultation', 'consultation', 'video'])).toEqual([
      expect.objectContaining({ group: 'e-consultation', count: 150, amountDkk: 7500, lastYearCount: 40 }),
      expect.objectContaining({ group: 'consultation', count: 660, amountDkk: 105600, lastYearCount: 0 }),
    ]);
  });

  it('adds up to what the API gives by quarter and year (Bornholm clinic, 2025)', async () => {
    const headers = { Authorization: `Bearer ${await mintToken({ ydernummer: '990027' })}` };
    const get = async (granularity: string): Promise<UsagePeriod[]> =>
      (
        await (
          await fetch(
            `http://localhost/api/v1/service-usage?from=2025-01&to=2025-12&granularity=${granularity}`,
            {
              headers,
            },
          )
        ).json()
      ).periods;
    const months = await get('month');
    for (const [granularity, key] of [
      ['quarter', (p: string) => p.replace('Q', 'K')],
      ['year', (p: string) => p],
    ] as const) {
      const fromApi = await get(granularity);
      const ours = aggregate(months, granularity);
      expect(ours.map((b) => b.key)).toEqual(fromApi.map((p) => key(p.period)));
      fromApi.forEach((period, i) => {
        for (const item of period.items) {
          expect(ours[i]!.byCode.get(item.code)!.count).toBe(item.count);
          expect(ours[i]!.byCode.get(item.code)!.amountDkk).toBeCloseTo(item.amountDkk, 2);
        }
      });
    }
  });
});
