import type { Benchmark, BenchmarkItem, ServiceCode } from './types.ts';

/** Where the clinic lies among the region's clinics: below the 25 % quartile, inside 25–75 %, or above 75 %. */
export type Placement = 'below' | 'within' | 'above';

export function placement(item: BenchmarkItem): Placement {
  if (item.clinicPer1000 < item.p25) return 'below';
  return item.clinicPer1000 > item.p75 ? 'above' : 'within';
}

export interface BenchmarkRow extends BenchmarkItem {
  service: ServiceCode;
  placement: Placement;
}

/** The benchmark for the codes shown, in their order; codes the region does not use are left out. */
export function benchmarkRows(benchmark: Benchmark, codes: readonly ServiceCode[]): BenchmarkRow[] {
  const items = new Map(benchmark.items.map((item) => [item.code, item]));
  return codes.flatMap((service) => {
    const item = items.get(service.code);
    return item ? [{ ...item, service, placement: placement(item) }] : [];
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
