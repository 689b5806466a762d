import { summarise, type WebappBench } from '../../../scripts/bench/types.ts';

declare global {
  interface Window {
    __filter?: { start: number; samples: number[] };
  }
}

const CHANGES = 40;

/**
 * Filter response over a patient with 1,000 appointments (the first demo patient: daily home care):
 * toggling the hospital sector is timed from the click to the first frame after the count changed.
 */
const bench: WebappBench = async (context) => {
  const page = await context.launch({
    ydernummer: '990011',
    accountId: 'mette.vinther@990011',
    patientIndex: 0,
    intent: '/aftalevisning',
  });
  await page.getByText(/^\d+ af 1000 aftaler$/).waitFor();
  await page.getByLabel('Periode').selectOption('alle');
  await page.getByText(/^1000 af 1000 aftaler$/).waitFor();
  await page.evaluate(() => {
    const state = (window.__filter = { start: 0, samples: [] as number[] });
    const box = [...document.querySelectorAll('label')].find((l) =>
      /^Sygehus \(\d+\)$/.test(l.textContent ?? ''),
    )!;
    box.addEventListener('pointerdown', () => (state.start = performance.now()), true);
    const counter = [...document.querySelectorAll('p')].find((p) =>
      /^\d+ af 1000 aftaler$/.test(p.textContent ?? ''),
    )!;
    new MutationObserver(() =>
      requestAnimationFrame(() => {
        if (!state.start) return;
        state.samples.push(performance.now() - state.start);
        state.start = 0;
      }),
    ).observe(counter, { childList: true, characterData: true, subtree: true });
  });
  const hospital = page.getByLabel(/^Sygehus \(\d+\)$/);
  for (let i = 0; i < CHANGES; i++) {
    await hospital.click();
    await page.waitForFunction((n) => window.__filter!.samples.length > n, i);
  }
  const samples = await page.evaluate(() => window.__filter!.samples);
  await page.context().close();
  const stats = summarise(samples);
  return [
    {
      group: 'aftalevisning',
      metric: 'filter response, 1,000 appointments (sector toggle → table)',
      ...stats,
      unit: 'ms',
      target: 'p95 < 50',
      ok: stats.p95 < 50,
      runs: samples.length,
    },
  ];
};

export default bench;
