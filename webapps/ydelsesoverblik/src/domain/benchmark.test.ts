// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../../../shared/testing/msw.ts';
import { benchmarkRows, benchmarkScope, placement } from './benchmark.ts';
import { code } from './fixtures.test-helpers.ts';
import type { Benchmark, ServiceCode } from './types.ts';

const item = (clinicPer1000: number) => ({
  code: '0101',
  clinicPer1000,
  p25: 10,
  median: 15,
  p75: 20,
  clinicPercentile: 50,
});

async function get<T>(path: string, ydernummer: string): Promise<T> {
  const headers = { Authorization: `Bearer ${await mintToken({ ydernummer })}` };
  return (await fetch(`http://localhost/api/v1${path}`, { headers })).json() as Promise<T>;
}

describe('regional benchmark', () => {
  it('places the clinic below, inside or above the 25–75 % spread', () => {
    expect(placement(item(9.9))).toBe('below');
    expect(placement(item(10))).toBe('within');
    expect(placement(item(20))).toBe('within');
    expect(placement(item(20.1))).toBe('above');
  });

  it('has no index against a median of 0 (a code almost no clinic uses)', () => {
    const rows = benchmarkRows({ items: [{ ...item(4), median: 0, p25: 0 }] } as Benchmark, [
      code('0101', 'consultation', 160),
    ]);
    expect(rows[0]!.index).toBeUndefined();
  });

  it('keeps the codes shown, in their order, and drops codes the region does not use', () => {
    const benchmark = { items: [item(12), { ...item(30), code: '0105' }] } as Benchmark;
    const rows = benchmarkRows(benchmark, [
      code('0105', 'e-consultation', 50),
      code('0101', 'consultation', 160),
      code('0125', 'video', 160),
    ]);
    expect(rows.map((r) => [r.code, r.placement])).toEqual([
      ['0105', 'above'],
      ['0101', 'within'],
    ]);
    // Against the median (15): the clinic's 30 is index 200, the quartiles 10 and 20 are 66.7 and 133.3.
    expect(rows[0]!.index!.clinic).toBe(200);
    expect(rows[0]!.index!.p25).toBeCloseTo(66.67, 2);
    expect(rows[0]!.index!.p75).toBeCloseTo(133.33, 2);
  });

  it('counts Bornholm clinics in Region Hovedstaden, for a Bornholm clinic and a Copenhagen one', async () => {
    const year = new Date().getUTCFullYear() - 1;
    for (const ydernummer of ['990027', '990068']) {
      const benchmark = await get<Benchmark>(
        `/service-usage/benchmark?from=${year}-01&to=${year}-12`,
        ydernummer,
      );
      expect(benchmark.regionName).toBe('Region Hovedstaden');
      // 40 synthetic peers and the two demo clinics; three peers and Rønne are on Bornholm.
      expect(benchmarkScope(benchmark)).toEqual({ clinics: 42, others: 41, bornholm: 4 });
      const codes = (await get<{ items: ServiceCode[] }>('/codes/services', ydernummer)).items;
      const rows = benchmarkRows(benchmark, codes);
      // Bornholm's own lokalaftale is in the region's benchmark; only Bornholm clinics use it.
      const bornholmVisits = rows.find((r) => r.code === '4383');
      expect(bornholmVisits).toBeDefined();
      if (ydernummer === '990027') expect(bornholmVisits!.clinicPer1000).toBeGreaterThan(0);
      else expect(bornholmVisits!.clinicPer1000).toBe(0);
    }
  });
});
