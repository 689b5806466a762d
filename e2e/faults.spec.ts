import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';
import { APP } from './support/urls.ts';

/**
 * Every webapp under every fault of the mock's fault switch: the user sees a clear Danish message
 * and a retry that works once the API is back, what they typed is still there, the other webapps
 * keep working, and an expired token is renewed without the user noticing.
 */
const FAULTS = [
  ['500', 'Der opstod en fejl hos PLSP. (500)'],
  ['503', 'Prøv igen om 2 sekunder.'],
  ['timeout', 'PLSP svarede ikke i tide.'],
  ['drop', 'Der er ingen forbindelse til PLSP.'],
  ['malformed', 'Svaret fra PLSP kunne ikke læses.'],
] as const;

interface WebappUnderTest {
  name: string;
  title: string;
  api: string;
  /** A field the user types into before the fault, and whose text must survive it. */
  typed?: { label: string | RegExp; text: string };
}

const WEBAPPS: WebappUnderTest[] = [
  {
    name: 'soeg-speciallaege',
    title: 'Søg speciallæge',
    api: 'specialists',
    typed: { label: 'Navn, klinik, adresse eller postnummer', text: 'Aarhus' },
  },
  {
    name: 'aftalevisning',
    title: 'Aftalevisning',
    api: 'appointments',
    typed: { label: 'Fritekst', text: 'kontrol' },
  },
  {
    name: 'klinikbeskeder',
    title: 'Klinikbeskeder',
    api: 'messages',
    typed: { label: /^Emne/, text: 'Ferielukning i uge 29' },
  },
  { name: 'ydelsesoverblik', title: 'Ydelsesoverblik', api: 'service-usage' },
  { name: 'aim', title: 'AIM', api: 'aim' },
];

const setFault = (page: Page, api: string, fault: string) =>
  page.request.post(`${APP}/__mock/faults`, { data: { api, fault } });

const readyIn = (page: Page, webapp: string) =>
  page.locator(`[id="single-spa-application:${webapp}"] [data-klinik-ready]`).first();

test.describe('faults, per webapp', () => {
  test.afterEach(async ({ page }) => {
    await setFault(page, 'all', 'none');
  });

  for (const webapp of WEBAPPS) {
    test(`${webapp.title}: every fault explained, retried, nothing typed lost, the rest working`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0, intent: webapp.name });
      await expect(readyIn(page, webapp.name)).toBeVisible({ timeout: 20_000 });
      const field = webapp.typed && page.getByLabel(webapp.typed.label, { exact: true });
      if (field && webapp.typed) {
        await field.fill(webapp.typed.text);
        await page.waitForTimeout(1_000); // the user pauses: the search reaches the URL, the draft its store
      }

      for (const [fault, message] of FAULTS) {
        await setFault(page, webapp.api, fault);
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: message }).first();
        await expect(alert, fault).toBeVisible({ timeout: 20_000 });
        // The shell and its navigation stay; another webapp still works while this API fails.
        const nav = page.getByRole('navigation', { name: 'Webapps' });
        const other = WEBAPPS.find((w) => w.name !== webapp.name) ?? WEBAPPS[0]!;
        if (fault === '500') {
          await nav.getByRole('link', { name: other.title }).click();
          await expect(readyIn(page, other.name)).toBeVisible();
          await nav.getByRole('link', { name: webapp.title }).click();
          await expect(alert).toBeVisible();
        }
        await setFault(page, webapp.api, 'none');
        for (const retry of await page.getByRole('button', { name: 'Prøv igen' }).all()) await retry.click();
        await expect(readyIn(page, webapp.name), `${fault}: retry`).toBeVisible({ timeout: 20_000 });
        if (field && webapp.typed) await expect(field, `${fault}: typed text`).toHaveValue(webapp.typed.text);
      }

      // An access token that expires mid-use is renewed silently: no message, the data comes.
      await page.waitForTimeout(1100); // the switch refuses only tokens issued before it
      await setFault(page, webapp.api, 'expired-token');
      const renewals: string[] = [];
      page.on('request', (r) => r.url().endsWith('/token') && renewals.push(r.postData() ?? ''));
      await page.reload();
      await expect(readyIn(page, webapp.name)).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole('alert').filter({ hasText: 'Noget gik galt' })).toHaveCount(0);
      expect(renewals.some((body) => body.includes('grant_type=refresh_token'))).toBe(true);
    });
  }
});
