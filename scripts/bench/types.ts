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
