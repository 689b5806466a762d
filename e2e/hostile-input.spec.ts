import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';

declare global {
  interface Window {
    __hostile?: number;
  }
}

/**
 * Hostile input in every text field of every webapp: markup, script URLs, template injection,
 * Unicode direction marks, emoji, CPR-like garbage and very long text. Each must be kept as typed,
 * shown literally and never executed, and no webapp may crash (the fixture fails on page errors).
 */
const HOSTILE = [
  '<img src=x onerror="window.__hostile=1"><script>window.__hostile=2</script>',
  'javascript:window.__hostile=3',
  '{{constructor.constructor("window.__hostile=4")()}} ${window.__hostile=5}',
  '\u202Eredro\u202C \u200F\u200E\u2066x\u2069',
  '😷👩🏽‍⚕️🇩🇰 Æblegrød på Ærø',
  '010190-12AB 3213999999 0000000000',
  "'; DROP TABLE patienter; --",
].join(' ');
const VERY_LONG = 'Lang tekst '.repeat(1_000);

const TEXT_FIELDS = [
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'input[type="email"]',
  'textarea',
]
  .map((field) => `${field}:not([aria-hidden="true"])`)
  .join(', ');

/** Fills every visible, enabled text field on the screen, then checks what the brief asks. */
async function fillEveryField(page: Page, webapp: string) {
  const container = page.locator(`[id="single-spa-application:${webapp}"]`);
  const fields = container.locator(TEXT_FIELDS).filter({ visible: true });
  const count = await fields.count();
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isEditable())) continue;
    for (const text of [HOSTILE, VERY_LONG]) {
      await field.fill(text);
      const maxLength = await field.evaluate((el) => (el as HTMLInputElement).maxLength);
      const kept = await field.inputValue();
      // Kept as typed: a field with a length limit keeps the start, never a mangled or empty value.
      expect(kept, `field ${i} of ${webapp}`).toBe(maxLength > 0 ? text.slice(0, maxLength) : text);
    }
    await field.fill(HOSTILE);
    await field.blur();
    filled++;
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__hostile)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect(page.getByText('Webappen stødte på en fejl')).toHaveCount(0);
  await expect(page.getByTestId('clinic')).toBeVisible();
  return filled;
}

/** Each webapp's screens with text fields, and how to reach them from its home. */
const SCREENS: Array<{ webapp: string; path: string; open?: (page: Page) => Promise<void> }> = [
  { webapp: 'soeg-speciallaege', path: '/soeg-speciallaege' },
  { webapp: 'soeg-speciallaege', path: '/soeg-speciallaege?fane=klinikker' },
  { webapp: 'aftalevisning', path: '/aftalevisning' },
  {
    webapp: 'aftalevisning',
    path: '/aftalevisning',
    open: (page) => page.getByRole('button', { name: 'Slå en anden patient op' }).click(),
  },
  { webapp: 'klinikbeskeder', path: '/klinikbeskeder' },
  { webapp: 'ydelsesoverblik', path: '/ydelsesoverblik?visning=opslag' },
];
// AIM has no free-text fields: it is read-only, with selects only.

test.describe('hostile input', () => {
  test('every text field keeps hostile input literally, runs none of it and crashes nothing', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    page.on('dialog', (dialog) => {
      throw new Error(`A dialog opened: ${dialog.message()}`);
    });
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0 });
    let filled = 0;
    for (const screen of SCREENS) {
      await page.evaluate((path) => {
        window.history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, screen.path);
      await page
        .locator(`[id="single-spa-application:${screen.webapp}"] :is([data-klinik-ready], input)`)
        .first()
        .waitFor({ timeout: 20_000 });
      await screen.open?.(page);
      filled += await fillEveryField(page, screen.webapp);
    }
    expect(filled).toBeGreaterThanOrEqual(SCREENS.length);
  });
});
