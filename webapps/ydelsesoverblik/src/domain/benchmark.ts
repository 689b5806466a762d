import type { Benchmark, BenchmarkItem, ServiceCode } from './types.ts';

/** Where the clinic lies among the region's clinics: below the 25 % quartile, inside 25–75 %, or above 75 %. */
export type Placement = 'below' | 'within' | 'above';

export function placement(item: BenchmarkItem): Placement {
  if (item.clinicPer1000 < item.p25) return 'below';
  return item.clinicPer1000 > item.p75 ? 'above' : 'within';
}

/** A value as a percentage of the region's median (median = 100), so codes of any volume compare. */
export const indexToMedian = (value: number, median: number): number | undefined =>
  median > 0 ? (value / median) * 100 : undefined;

export interface BenchmarkRow extends BenchmarkItem {
  service: ServiceCode;
  placement: Placement;
  /** The clinic, the 25 % and the 75 % quartile against the median; undefined when the median is 0. */
  index?: { clinic: number; p25: number; p75: number };
}

/** The benchmark for the codes shown, in their order; codes the region does not use are left out. */
export function benchmarkRows(benchmark: Benchmark, codes: readonly ServiceCode[]): BenchmarkRow[] {
  const items = new Map(benchmark.items.map((item) => [item.code, item]));
  return codes.flatMap((service) => {
    const item = items.get(service.code);
    if (!item) return [];
    const clinic = indexToMedian(item.clinicPer1000, item.median);
    const index =
      clinic === undefined
        ? undefined
        : { clinic, p25: indexToMedian(item.p25, item.median)!, p75: indexToMedian(item.p75, item.median)! };
    return [{ ...item, service, placement: placement(item), ...(index ? { index } : {}) }];
  });
}

/**
 * Who the clinic is compared with. Every clinic in the region counts, Bornholm's in Region
 * Hovedstaden too (PLO's version 1.0 left them out); the clinic itself is one of them.
 */
export function benchmarkScope(benchmark: Benchmark): { clinics: number; others: number; bornholm: number } {
  return {
    clinics: benchmark.clinicCount,
    others: benchmark.clinicCount - 1,
    bornholm: benchmark.bornholmClinicCount,
  };
}
