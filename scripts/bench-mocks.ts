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
 * Generators run cold (every memoised piece dropped first), then every endpoint is timed warm.
 */
const RUNS = 15;
const rows: string[] = [];
const time = async (label: string, fn: () => Promise<unknown> | unknown, runs = RUNS, before = () => {}) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  const { median, p95 } = summarise(samples);
  rows.push(`| ${label} | ${median.toFixed(1)} | ${p95.toFixed(1)} | ${runs} |`);
};

const { generatePatients } = await import('../mocks/data/patients.ts');
const data = await import('../mocks/data/index.ts');
const { AIM_DATABASES } = await import('../mocks/data/aim-definitions.ts');
const { specialistPractices } = await import('../mocks/data/specialists.ts');
const largest = data.CLINICS.find((c) => c.ydernummer === '990011')!;
const reference = new Date(Date.UTC(2026, 10, 24));
/** Drops every memoised piece, so the next call generates from scratch. */
const cold = () => data.setReferenceDate(reference);

await time('generate patients, 11,900 (990011)', () => generatePatients(largest, reference), 5);
await time(
  'generate the whole clinic: patients, care, 35 months of usage, 5 AIM databases',
  () => {
    data.clinicPatients('990011');
    data.patientCare('990011');
    data.clinicUsage('990011');
    for (const database of AIM_DATABASES) data.clinicAim('990011', database.id);
  },
  5,
  cold,
);
await time(
  'generate the regional benchmark (40 peers + demo clinics)',
  () => data.regionMembers('1082'),
  5,
  cold,
);
// A new reference date each run defeats the memo: every run generates the register from scratch.
let run = 0;
await time(
  'generate 2,100 specialists (cold)',
  () => specialistPractices(new Date(reference.getTime() + ++run * 1000)),
  5,
);

cold();
const auth = await createTestAuth();
const handlers = createHandlers({
  verifyAccessToken: auth.verifyAccessToken,
  store: createStore(),
  faults: createFaultSwitch(),
});
const token = await auth.mintToken({ ydernummer: '990011' });

async function call(method: string, path: string, { body, key }: { body?: unknown; key?: string } = {}) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  if (key) headers['Idempotency-Key'] = key;
  const request = new Request(`http://localhost/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await getResponse(handlers, request);
  if (!response?.ok) throw new Error(`${method} ${path}: ${response?.status}`);
  return response;
}

const heavy = data.listDemoPatients('990011')[0]!.cpr;
for (const path of [
  '/status',
  '/launch-context',
  '/specialists',
  '/gp-clinics',
  `/patients/${heavy}/appointments`,
  '/clinic/patients?pageSize=20000',
  '/service-usage?from=2025-01&to=2026-11',
  '/service-usage/benchmark?from=2025-01&to=2025-12',
  '/agreement/rules',
  '/aim/databases',
  '/aim/databases/ddid/patients?pageSize=5000',
  '/aim/transmissions?pageSize=500',
]) {
  await (await call('GET', path)).arrayBuffer(); // generates what the endpoint needs, outside the timing
  await time(`GET ${path.replace(heavy, '{cpr}')} (handler + JSON)`, async () =>
    (await call('GET', path)).arrayBuffer(),
  );
}

const recipients = data
  .clinicPatients('990011')
  .filter((p) => p.age >= 15 && p.minLaege.user && p.minLaege.consent)
  .slice(0, 5000)
  .map((p) => p.id);
await time(
  `send a message to ${recipients.length.toLocaleString('en')} recipients (create + every batch of 100)`,
  async () => {
    const key = crypto.randomUUID();
    const body = { subject: 'Bench', body: 'Bench', filter: { operator: 'and' }, patientIds: recipients };
    const message = (await (await call('POST', '/messages', { body, key })).json()) as {
      id: string;
      batchCount: number;
    };
    for (let batch = 1; batch <= message.batchCount; batch++) {
      await call('POST', `/messages/${message.id}/batches/${batch}`, { key: `${key}/${batch}` });
    }
  },
  5,
);
console.log(['| what | median ms | p95 ms | runs |', '|---|---|---|---|', ...rows].join('\n'));
