import type { Page } from '@playwright/test';
import { timeInteractions } from '../../../scripts/bench/interaction.ts';
import { timingRow, type WebappBench } from '../../../scripts/bench/types.ts';

/**
 * The year view with every code for the largest clinic (Lægerne Åboulevarden, 11,900 listed
 * patients, ~50 codes in use): last year, broken down by year, no group or code chosen.
 *  1. Opening it: from navigation start to the first frame with the code table drawn (the mock's
 *     data warm after a first, discarded load).
 *  2. Changing the breakdown between quarter and year: from the keydown to the first frame after
 *     the chart and tables were redrawn.
 */
const SHOWN = /^\d+ perioder? \([^)]+\) · \d+ ydelseskoder?$/;
const LOADS = 8;

async function openYearView(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // Polled every frame: the time of the first frame in which the code table has rows.
  const drawn = await page.waitForFunction(
    () => document.querySelector('[data-testid="code-table"] tbody tr') !== null && performance.now(),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await drawn.jsonValue()) as number;
}

const bench: WebappBench = async (context) => {
  const page = await context.launch({
    ydernummer: '990011',
    accountId: 'mette.vinther@990011',
    intent: '/ydelsesoverblik',
  });
  const year = new Date().getUTCFullYear() - 1;
  const url = new URL(`/ydelsesoverblik?periode=${year}&opdeling=aar`, page.url()).href;
  await page.goto(url);
  await page.getByText(SHOWN).waitFor({ timeout: 60_000 });

  const loads: number[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await openYearView(page, url));
  await page.getByText(SHOWN).waitFor();

  await page.locator('#opdeling').focus();
  const switches = await timeInteractions(page, {
    input: '#opdeling',
    event: 'keydown',
    resultText: SHOWN,
    // The options are month, quarter, year: up to quarter, down to year again.
    act: (i) => page.keyboard.press(i % 2 === 0 ? 'ArrowUp' : 'ArrowDown'),
    times: 30,
  });
  await page.context().close();

  return [
    timingRow(
      'ydelsesoverblik',
      'open the year view, every code, largest clinic (navigation → code table drawn)',
      loads,
      { p95Below: 3000 },
    ),
    timingRow(
      'ydelsesoverblik',
      'breakdown quarter ↔ year, every code, largest clinic (keydown → chart and tables)',
      switches,
      { p95Below: 100 },
    ),
  ];
};

export default bench;
