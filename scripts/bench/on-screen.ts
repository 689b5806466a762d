import type { Page } from '@playwright/test';

/**
 * "Data on screen" timed by the page itself: the first animation frame in which the webapp's ready
 * element is in the document, as the webapps' own benchmarks time input → result (interaction.ts).
 * Not by Playwright's waiting: `locator.waitFor()` polls after 0, 20, 50, 100, 100 ms and then every
 * 500 ms, so a time taken from it is late by up to half a second, the more so the later the data
 * comes: over 16 launches here it added 183 ms to Klinik+ and 46 ms to the plain SPA.
 */

declare global {
  interface Window {
    /** The last armed switch: set by the click, then by the frame that shows the data. */
    __switch?: { clickedAt?: number; ms?: number };
  }
}

const epochNow = () => performance.timeOrigin + performance.now();

/**
 * A loop over animation frames until `selector` is in the document, then `onShown`. Page code as
 * text: tsx names functions with a helper (`__name`) that the page does not have.
 */
const untilShown = (selector: string, onShown: string, armed = 'true') => `
  (function frame() {
    if ((${armed}) && document.querySelector(${JSON.stringify(selector)})) { ${onShown} }
    else requestAnimationFrame(frame);
  })();`;

/** The console message by which a launched page tells when its data was first on screen (epoch ms). */
const ON_SCREEN = 'klinik-bench:on-screen';

/** On every document the page opens from now on, watch each frame for `selector`. */
export async function watchLaunches(page: Page, selector: string) {
  await page.addInitScript({
    content: untilShown(
      selector,
      `console.debug('${ON_SCREEN}', performance.timeOrigin + performance.now());`,
    ),
  });
}

/**
 * Runs `launch` (a click or a navigation that ends on the webapp) and times it to its data on screen.
 * The page says when by a console message, as a locator or `waitForFunction` would inject
 * Playwright's 330 KB script into every document of the launch: 15–30 ms of the renderer's main
 * thread each time (a trace of 3 December), which on the callback page ran before the shell's entry
 * and held the token request back.
 */
export async function timeLaunch(page: Page, launch: () => Promise<unknown>) {
  const started = epochNow();
  const shown = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(ON_SCREEN),
  });
  await launch();
  const shownAt = Number((await shown).text().split(' ')[1]);
  return shownAt - started;
}

/** Clicks `click` and times, in the page, from its click event to the frame with `selector`. */
export async function timeSwitch(page: Page, selector: string, click: () => Promise<void>) {
  await page.evaluate(`
    const state = (window.__switch = {});
    window.addEventListener('click', () => (state.clickedAt = performance.now()), { capture: true, once: true });
    ${untilShown(selector, 'state.ms = performance.now() - state.clickedAt;', 'state.clickedAt !== undefined')}`);
  await click();
  await page.locator(selector).first().waitFor();
  const ms = await page.waitForFunction(() => window.__switch?.ms);
  return (await ms.jsonValue()) as number;
}
