import type { Browser, Page } from '@playwright/test';

/** One printed figure. Times in ms, sizes in KB, unless `unit` says otherwise. */
export interface BenchRow {
  group: string;
  metric: string;
  median?: number;
  p95?: number;
  value?: number;
  unit: string;
  /** Human-readable target, e.g. "p95 < 50 ms". */
  target?: string;
  /** Whether the figure meets its target, where there is one. */
  ok?: boolean;
  runs?: number;
}

export interface LaunchInto {
  ydernummer: string;
  accountId: string;
  patientIndex?: number;
  /** Path inside Klinik+ to open, e.g. `/soeg-speciallaege`. */
  intent?: string;
}

export interface BenchContext {
  browser: Browser;
  appOrigin: string;
  idpOrigin: string;
  /** A new browser context and page, launched through the simulator into Klinik+. */
  launch(into: LaunchInto): Promise<Page>;
  resetMocks(): Promise<void>;
}

/** What `webapps/<name>/bench/index.ts` exports by default. */
export type WebappBench = (context: BenchContext) => Promise<BenchRow[]>;

export function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** A timing's target: its p95 strictly below a bound (interactions), or its median at most one (journeys). */
type TimingLimit = { p95Below: number; note?: string } | { medianAtMost: number };

/** A row of times in ms: the median and p95 of `samples`, checked against `limit`. */
export function timingRow(group: string, metric: string, samples: number[], limit: TimingLimit): BenchRow {
  const stats = summarise(samples);
  const row = { group, metric, ...stats, unit: 'ms', runs: samples.length };
  if ('p95Below' in limit) {
    const note = limit.note ? ` (${limit.note})` : '';
    return { ...row, target: `p95 < ${limit.p95Below}${note}`, ok: stats.p95 < limit.p95Below };
  }
  return { ...row, target: `≤ ${limit.medianAtMost}`, ok: stats.median <= limit.medianAtMost };
}
