// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../shared/api/plsp.d.ts';
import { mintToken } from '../../shared/testing/msw.ts';
import { setReferenceDate } from '../data/index.ts';

type Period = components['schemas']['ServiceUsagePeriod'];

const API = 'http://localhost/api/v1';
const get = async (path: string, ydernummer = '990027') =>
  fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${await mintToken({ ydernummer })}` } });

beforeAll(() => setReferenceDate(new Date(Date.UTC(2026, 10, 24))));

const total = (periods: Period[], code: string, field: 'count' | 'amountDkk') =>
  periods
    .flatMap((p) => p.items)
    .filter((i) => i.code === code)
    .reduce((sum, i) => sum + i[field], 0);

describe('service usage', () => {
  it('gives the same totals by month, quarter and year', async () => {
    const range = 'from=2025-01&to=2025-12';
    const periods = async (granularity: string): Promise<Period[]> =>
      (await (await get(`/service-usage?${range}&granularity=${granularity}`)).json()).periods;
    const [months, quarters, year] = [
      await periods('month'),
      await periods('quarter'),
      await periods('year'),
    ];
    expect(months).toHaveLength(12);
    expect(quarters.map((q) => q.period)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(year[0]).toMatchObject({ period: '2025', from: '2025-01-01', to: '2025-12-31' });
    for (const code of ['0101', '0120', '0131', '4383']) {
      expect(total(quarters, code, 'count')).toBe(total(months, code, 'count'));
      expect(total(year, code, 'count')).toBe(total(months, code, 'count'));
    }
  });

  it('pays kronikerhonorar per quarter and nothing for the contacts it covers', async () => {
    const { periods } = await (
      await get('/service-usage?from=2025-01&to=2025-12&granularity=quarter')
    ).json();
    for (const period of periods as Period[]) {
      const chronic = period.items.find((i) => i.code === '0131')!;
      expect(chronic.amountDkk).toBe(chronic.count * 400);
      const consultation = period.items.find((i) => i.code === '0101')!;
      expect(consultation.chronicCareCovered).toBeGreaterThan(0);
      expect(consultation.amountDkk).toBe((consultation.count - consultation.chronicCareCovered) * 160);
    }
  });

  it('counts the current month only so far, and refuses bad or too long periods', async () => {
    const { periods } = await (await get('/service-usage?from=2026-11&to=2026-12')).json();
    expect(periods).toHaveLength(1);
    expect(periods[0].to).toBe('2026-11-23');
    expect((await get('/service-usage?from=2026-13&to=2026-12')).status).toBe(400);
    expect((await get('/service-usage?from=2022-01&to=2025-12')).status).toBe(400);
    expect((await get('/service-usage?from=2025-01&to=2025-02&granularity=week')).status).toBe(400);
  });
});

describe('the benchmark and the rules', () => {
  it("puts Bornholm's clinic in Region Hovedstaden's benchmark and says how many clinics it has", async () => {
    const body = await (await get('/service-usage/benchmark?from=2025-01&to=2025-12')).json();
    expect(body).toMatchObject({
      regionCode: '1084',
      regionName: 'Region Hovedstaden',
      clinicCount: 42,
      bornholmClinicCount: 4,
    });
    const visits = body.items.find((i: { code: string }) => i.code === '4383');
    expect(visits.clinicPer1000).toBeGreaterThan(0);
    expect(visits.p25).toBeLessThanOrEqual(visits.median);
  });

  it('gives codes, fees, §93 ceilings from last year and the kronikerhonorar rules — and no ceiling without data', async () => {
    const rules = await (await get('/agreement/rules', '990011')).json();
    expect(rules.ceiling).toMatchObject({ year: 2026, thresholdPct: 20 });
    expect(rules.ceiling.ceilingFeePerPatientDkk).toBeGreaterThan(
      rules.ceiling.regionAverageFeePerPatientDkk,
    );
    expect(rules.codes.find((c: { code: string }) => c.code === '4308')).toMatchObject({
      inCeiling: false,
      regionCode: '1082',
    });
    expect(rules.chronicCare.coveredCodes).toEqual(['0101', '0120', '0201', '0105', '0125']);
    expect(rules.chronicCare.rules.map((r: { annualFeeDkk: number }) => r.annualFeeDkk)).toEqual([
      1100, 1600, 2300,
    ]);
    expect(rules.guidance.map((g: { id: string }) => g.id)).toContain('hoejestegraense');
    expect((await get('/agreement/rules?year=2024', '990011')).status).toBe(404);
  });

  it("makes the demo clinic's planned phone consultations pass their ceiling and blood samples near theirs", async () => {
    const rules = await (await get('/agreement/rules?year=2026', '990011')).json();
    const { items } = await (await get('/service-usage/benchmark?from=2025-01&to=2025-12', '990011')).json();
    const ceiling = (code: string) =>
      rules.ceiling.services.find((s: { code: string }) => s.code === code).ceilingPer1000;
    const own = (code: string) => items.find((i: { code: string }) => i.code === code).clinicPer1000;
    expect(own('0204')).toBeGreaterThan(ceiling('0204'));
    expect(own('2101') / ceiling('2101')).toBeGreaterThan(0.85);
    expect(own('2101') / ceiling('2101')).toBeLessThan(1);
  });
});
