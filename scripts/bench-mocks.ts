import { performance } from 'node:perf_hooks';
import { getResponse } from 'msw';
import { createFaultSwitch } from '../mocks/handlers/faults.ts';
import { createHandlers } from '../mocks/handlers/index.ts';
import { createStore } from '../mocks/handlers/store.ts';
import { createTestAuth } from '../mocks/testing/tokens.ts';
import { summarise } from './bench/types.ts';

/**
 * How long the synthetic data takes to generate and the heaviest endpoints take to answer, for the
 * largest clinic (990011, 11,900 patients). Figures, not a test: `npx tsx scripts/bench-mocks.ts`.
 * Each generator runs in a fresh process state once (cold), then every endpoint is timed warm.
 */
const RUNS = 15;
const rows: string[] = [];
const time = async (label: string, fn: () => Promise<unknown> | unknown, runs = RUNS) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  const { median, p95 } = summarise(samples);
  rows.push(`| ${label} | ${median.toFixed(1)} | ${p95.toFixed(1)} | ${runs} |`);
};

const { generatePatients } = await import('../mocks/data/patients.ts');
const { CLINICS, listDemoPatients } = await import('../mocks/data/index.ts');
const { specialistPractices } = await import('../mocks/data/specialists.ts');
const largest = CLINICS.find((c) => c.ydernummer === '990011')!;
const reference = new Date(Date.UTC(2026, 10, 24));
await time('generate patients, 11,900 (990011)', () => generatePatients(largest, reference), 5);
// A new reference date each run defeats the memo: every run generates the register from scratch.
let run = 0;
await time(
  'generate 2,100 specialists (cold)',
  () => specialistPractices(new Date(reference.getTime() + ++run * 1000)),
  5,
);

const auth = await createTestAuth();
const handlers = createHandlers({
  verifyAccessToken: auth.verifyAccessToken,
  store: createStore(),
  faults: createFaultSwitch(),
});
const token = await auth.mintToken({ ydernummer: '990011' });
const heavy = listDemoPatients('990011')[0]!.cpr;
for (const path of [
  '/status',
  '/launch-context',
  '/specialists',
  '/gp-clinics',
  `/patients/${heavy}/appointments`,
]) {
  await time(`GET ${path.replace(heavy, '{cpr}')} (handler + JSON)`, async () => {
    const response = await getResponse(
      handlers,
      new Request(`http://localhost/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } }),
    );
    if (!response?.ok) throw new Error(`${path}: ${response?.status}`);
    await response.arrayBuffer();
  });
}
console.log(['| what | median ms | p95 ms | runs |', '|---|---|---|---|', ...rows].join('\n'));
