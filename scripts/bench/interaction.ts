import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __interaction?: { start: number; samples: number[] };
  }
}

export interface InteractionTiming {
  /** CSS selector of the element whose input starts the clock. */
  input: string;
  /** The DOM event that starts it, captured before the app sees it (keydown, pointerdown). */
  event: 'keydown' | 'pointerdown';
  /** A paragraph whose text changes when the result is on screen, e.g. the result count. */
  resultText: RegExp;
  /** Performs the i-th interaction; each must change the result text. */
  act(i: number): Promise<void>;
  times: number;
}

/**
 * Times user input → result on screen in the page: from the input event to the first frame after
 * the result text changed. The same measure for every webapp's benchmark.
 */
export async function timeInteractions(page: Page, timing: InteractionTiming): Promise<number[]> {
  await page.evaluate(
    ({ input, event, pattern }) => {
      const state = (window.__interaction = { start: 0, samples: [] as number[] });
      document.querySelector(input)!.addEventListener(event, () => (state.start = performance.now()), true);
      const result = [...document.querySelectorAll('p')].find((p) =>
        new RegExp(pattern).test(p.textContent ?? ''),
      )!;
      new MutationObserver(() =>
        requestAnimationFrame(() => {
          if (!state.start) return;
          state.samples.push(performance.now() - state.start);
          state.start = 0;
        }),
      ).observe(result, { childList: true, characterData: true, subtree: true });
    },
    { input: timing.input, event: timing.event, pattern: timing.resultText.source },
  );
  for (let i = 0; i < timing.times; i++) {
    await timing.act(i);
    await page.waitForFunction((n) => window.__interaction!.samples.length > n, i);
  }
  return page.evaluate(() => window.__interaction!.samples);
}
