import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';
import { APP } from './support/urls.ts';

/** Ends the session as a long pause would: the access token has expired and the refresh token is no longer valid. */
async function expireSession(page: Page) {
  await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
    const user = JSON.parse(sessionStorage.getItem(key)!) as { expires_at: number; refresh_token: string };
    sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: 1, refresh_token: 'revoked' }));
  });
}

test.describe('resilience', () => {
  test.afterEach(async ({ page }) => {
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'all', fault: 'none' } });
  });

  test('after the session expires while filtering, re-login returns to the same place with the same filter', async ({
    page,
  }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0, intent: 'aftalevisning' });
    await page.getByLabel(/^Kommune \(\d+\)$/).click();
    await page.getByLabel('Periode').selectOption({ label: 'Næste 7 dage' });
    await expect(page).toHaveURL(/sektor=municipality&periode=7-dage/);
    const filtered = page.url();
    await expireSession(page);
    const relogin = page.waitForRequest((r) => r.url().includes('/auth?'));
    await page.reload();
    // Through the provider (prompt-less: its session lives) and back to the same address.
    await relogin;
    await expect(page).toHaveURL(filtered, { timeout: 15_000 });
    await expect(page.getByLabel(/^Kommune \(\d+\)$/)).toBeChecked();
    await expect(page.getByLabel('Periode')).toHaveValue('7-dage');
    await expect(page.getByTestId('patient-heading')).toContainText(/\d{6}-xxxx/);
  });

  test('after the session expires while composing a message, re-login brings back every word typed', async ({
    page,
  }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'klinikbeskeder' });
    const subject = `Ferielukning ${Date.now()}`;
    await page.getByLabel('Emne').fill(subject);
    await page.getByLabel('Tekst').fill('Klinikken holder lukket i uge 29-31.');
    await expect(page.getByText(/^Kladden er gemt kl\./)).toBeVisible();
    await expireSession(page);
    // Typed after the session ended: the autosave finds it over and sends the user through login.
    const composing = page.url();
    const relogin = page.waitForRequest((r) => r.url().includes('/auth?'));
    const body = 'Klinikken holder lukket i uge 29-31. Ring 1813 ved akut sygdom.';
    await page.getByLabel('Tekst').fill(body);
    await relogin;
    await expect(page).toHaveURL(composing, { timeout: 15_000 });
    // The composer waits for the clinic's patient list (11,900 patients) before it shows the draft.
    await expect(page.getByLabel('Emne')).toHaveValue(subject, { timeout: 20_000 });
    await expect(page.getByLabel('Tekst')).toHaveValue(body);
  });
});
