import type { BenchContext, BenchRow } from './types.ts';

/** Portal-wide figures (launch, switching, bytes, heap, long tasks). Filled in by issue 9. */
export async function portalBench(_context: BenchContext): Promise<BenchRow[]> {
  return [];
}
