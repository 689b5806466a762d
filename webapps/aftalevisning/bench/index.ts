import { timeInteractions } from '../../../scripts/bench/interaction.ts';
import { timingRow, type WebappBench } from '../../../scripts/bench/types.ts';

/**
 * Filter response over a patient with 1,000 appointments (the first demo patient: daily home care):
 * toggling the hospital sector, timed from the click to the first frame after the count changed.
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
  const hospital = page.getByLabel(/^Sygehus \(\d+\)$/);
  const samples = await timeInteractions(page, {
    input: '#sector-hospital',
    event: 'pointerdown',
    resultText: /^\d+ af 1000 aftaler$/,
    act: () => hospital.click(),
    times: 40,
  });
  await page.context().close();
  return [
    timingRow('aftalevisning', 'filter response, 1,000 appointments (sector toggle → table)', samples, {
      p95Below: 50,
    }),
  ];
};

export default bench;
