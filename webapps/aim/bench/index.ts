import { timeInteractions } from '../../../scripts/bench/interaction.ts';
import { timingRow, type WebappBench } from '../../../scripts/bench/types.ts';
import { todayUtc } from '../src/domain/dates.ts';
import { computeIndicators } from '../src/domain/indicators.ts';
import { filterRows, PAGE_SIZE, patientRows } from '../src/domain/patients.ts';
import type { AimPatient, Indicator } from '../src/domain/types.ts';

/**
 * The largest clinic's diabetes population (Lægerne Åboulevarden, 11,900 patients): the indicator
 * computation and flag rules over the population as the API sends it, and the patient list's
 * render when the filter changes (all ↔ flagged), timed from the click to the first frame after.
 */
const COMPUTE_RUNS = 200;

function time(runs: number, work: () => unknown): number[] {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

const bench: WebappBench = async (context) => {
  const page = await context.launch({
    ydernummer: '990011',
    accountId: 'mette.vinther@990011',
    intent: '/aim',
  });
  const patientsResponse = page.waitForResponse((r) => /\/aim\/databases\/ddid\/patients\b/.test(r.url()));
  const indicatorsResponse = page.waitForResponse((r) => r.url().includes('/aim/databases/ddid/indicators'));
  await page.getByRole('link', { name: 'Indikatorer for diabetes' }).click();
  const { items: patients } = (await (await patientsResponse).json()) as { items: AimPatient[] };
  const { items: indicators } = (await (await indicatorsResponse).json()) as { items: Indicator[] };
  await page.getByRole('table', { name: /^Indikatorerne i/ }).waitFor();

  const today = todayUtc();
  const compute = time(COMPUTE_RUNS, () => computeIndicators(indicators, patients, today));
  const flags = time(COMPUTE_RUNS, () => filterRows(patientRows(patients, today), 'markerede'));

  await page.getByRole('link', { name: 'Patienter', exact: true }).click();
  await page.getByText(/^[\d.]+ af [\d.]+ patienter$/).waitFor();
  const flagged = page.getByRole('button', { name: /^Markerede/ });
  const all = page.getByRole('button', { name: /^Alle/ });
  const samples = await timeInteractions(page, {
    input: '[aria-label="Vis patienter"]',
    event: 'pointerdown',
    resultText: /^[\d.]+ af [\d.]+ patienter$/,
    act: (i) => (i % 2 === 0 ? flagged : all).click(),
    times: 40,
  });
  await page.context().close();
  const size = `${patients.length} patients × ${indicators.length} indicators`;
  const oneFrame = { p95Below: 16, note: 'one frame' };
  return [
    timingRow(
      'aim',
      `indicator computation, largest clinic's diabetes population (${size})`,
      compute,
      oneFrame,
    ),
    timingRow(
      'aim',
      `missing/stale flags + filter to flagged (${patients.length} patients)`,
      flags,
      oneFrame,
    ),
    timingRow(
      'aim',
      `patient list render, filter all ↔ flagged (${patients.length} patients, ${PAGE_SIZE} a page)`,
      samples,
      { p95Below: 100 },
    ),
  ];
};

export default bench;
