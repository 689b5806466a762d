import { timeInteractions } from '../../../scripts/bench/interaction.ts';
import { timingRow, type WebappBench } from '../../../scripts/bench/types.ts';

/**
 * Klinikbeskeder in the largest demo clinic (Lægerne Åboulevarden, 11,900 patients):
 * 1. the recipient count update, from pressing an age preset to the first frame with the new count;
 * 2. sending one message to every patient who can receive (5,388: over the 5,000 asked for) through
 *    the mock API, from the confirming press to the last batch reported delivered on screen.
 */
const bench: WebappBench = async (context) => {
  const page = await context.launch({
    ydernummer: '990011',
    accountId: 'mette.vinther@990011',
    intent: '/klinikbeskeder',
  });
  const count = page.getByTestId('recipient-count');
  await count.getByText(/^11\.900 patienter passer/).waitFor({ timeout: 30_000 });
  const presets = ['65+', '18–64'].map((name) => page.getByRole('button', { name, exact: true }));
  const samples = await timeInteractions(page, {
    input: '#age-presets',
    event: 'pointerdown',
    resultText: /patienter passer/,
    act: (i) => presets[i % 2]!.click(),
    times: 40,
  });

  await page.getByRole('button', { name: 'Alle aldre' }).click();
  await count.getByText(/^11\.900 patienter passer/).waitFor();
  const reachable = Number(
    (await count.textContent())!.match(/· ([\d.]+) kan modtage/)![1]!.replace(/\./g, ''),
  );
  await page.getByLabel('Emne').fill('Benchmark: klinikken holder lukket');
  await page.getByLabel('Tekst').fill('Klinikken holder lukket i uge 29 og 30.');
  await page.getByRole('button', { name: 'Send beskeden' }).click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: /^Send til/ });
  const started = Date.now();
  await confirm.click();
  await page
    .getByText(/^Sendt/)
    .first()
    .waitFor({ timeout: 120_000 });
  const sendMs = Date.now() - started;
  await page.context().close();

  return [
    timingRow(
      'klinikbeskeder',
      'recipient count update, 11,900 patients (age preset → count on screen)',
      samples,
      { p95Below: 100 },
    ),
    {
      group: 'klinikbeskeder',
      metric: `send to ${reachable.toLocaleString('en')} recipients through the mock (confirm → all batches delivered)`,
      value: sendMs,
      unit: 'ms',
      runs: 1,
    },
  ];
};

export default bench;
