// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../../../shared/testing/msw.ts';
import { ceilingStatement, ceilingStatus, project } from './ceiling.ts';
import { code, month } from './fixtures.test-helpers.ts';
import type { AgreementRules, CeilingRules, UsagePeriod } from './types.ts';
import { total } from './usage.ts';

const RULES: CeilingRules = {
  year: 2026,
  thresholdPct: 20,
  warningAtPct: 90,
  regionAverageFeePerPatientDkk: 100,
  ceilingFeePerPatientDkk: 120,
  services: [{ code: '2101', regionAveragePer1000: 40, ceilingPer1000: 50 }],
  text: '',
};
const CODES = [code('2101', 'procedure', 55), code('4282', 'local-agreement', 300)];

describe('§93 ceiling warnings', () => {
  it('warns before the ceiling: when the projection reaches 90 % of it, and more so 100 %', () => {
    expect(ceilingStatus(0.5, 0.89, 90)).toBe('ok');
    expect(ceilingStatus(0.5, 0.9, 90)).toBe('near');
    expect(ceilingStatus(0.9, 0.9, 90)).toBe('near');
    expect(ceilingStatus(0.5, 1, 90)).toBe('heading-over');
    expect(ceilingStatus(0.99, 1.3, 90)).toBe('heading-over');
    expect(ceilingStatus(1, 1.2, 90)).toBe('over');
  });

  it('projects use so far to the end of the year at the same pace', () => {
    expect(project(30, 0.25)).toBe(120);
    expect(project(30, 0)).toBe(0);
  });

  it('counts only fees inside the ceiling, per listed patient, projected from the days covered', () => {
    // 1 January – 1 July 2026 is 182 of 365 days.
    const half = total([
      month('2026-01', 1000, { '2101': [20, 1100], '4282': [100, 30000] }),
      month('2026-07', 1000, { '2101': [10, 550] }, '2026-07-01'),
    ])!;
    const statement = ceilingStatement(half, CODES, RULES);
    expect(statement.shareElapsed).toBeCloseTo(182 / 365);
    expect(statement.feesInCeilingDkk).toBe(1650);
    expect(statement.feePerPatient.used).toBeCloseTo(1.65);
    expect(statement.feePerPatient.status).toBe('ok');
    const [bloodTests] = statement.services;
    expect(bloodTests).toMatchObject({ code: '2101', used: 30, ceiling: 50, regionAverage: 40 });
    expect(bloodTests!.projected).toBeCloseTo((30 * 365) / 182);
    expect(bloodTests!.status).toBe('heading-over');
  });

  it('warns Lægerne Åboulevarden about 2101 and 0204 with the rules from the API', async () => {
    const headers = { Authorization: `Bearer ${await mintToken({ ydernummer: '990011' })}` };
    const get = async <T>(path: string): Promise<T> =>
      (await fetch(`http://localhost/api/v1${path}`, { headers })).json() as Promise<T>;
    const year = new Date().getUTCFullYear() - 1;
    const rules = await get<AgreementRules>(`/agreement/rules?year=${year}`);
    const usage = await get<{ periods: UsagePeriod[] }>(`/service-usage?from=${year}-01&to=${year}-12`);
    const statement = ceilingStatement(total(usage.periods)!, rules.codes, rules.ceiling);
    expect(statement.shareElapsed).toBe(1);
    const status = Object.fromEntries(statement.services.map((s) => [s.code, s.status]));
    expect(status['0204']).toBe('over');
    // 2101 is set 17 % above the region, the ceiling 25 % above it: over 90 % of the ceiling.
    expect(status['2101']).toBe('near');
    expect(statement.feePerPatient.ceiling).toBe(rules.ceiling.ceilingFeePerPatientDkk);
  });
});
