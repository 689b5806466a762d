import { timeInteractions } from '../../../scripts/bench/interaction.ts';
import { timingRow, type WebappBench } from '../../../scripts/bench/types.ts';

/**
 * Keystroke → updated list over the full register (2,100 specialists, no filter): keys that change
 * the result count, timed from keydown to the first frame after the count changed.
 */
const bench: WebappBench = async (context) => {
  const page = await context.launch({
    ydernummer: '990011',
    accountId: 'mette.vinther@990011',
    intent: '/soeg-speciallaege',
  });
  await page.getByText(/^\d+ resultater$/).waitFor();
  await page.locator('#filter-text').focus();
  const samples = await timeInteractions(page, {
    input: '#filter-text',
    event: 'keydown',
    resultText: /^\d+ resultater$/,
    act: (i) => page.keyboard.press(i % 2 === 0 ? 'k' : 'Backspace'),
    times: 60,
  });
  await page.context().close();
  return [
    timingRow('soeg-speciallaege', 'keystroke → updated list, full register (2,100 specialists)', samples, {
      p95Below: 50,
    }),
  ];
};

export default bench;
