import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, DOCTOR_BORNHOLM, launchFromSimulator, SECRETARY_AARHUS } from './support/launch.ts';

const lastYear = new Date().getUTCFullYear() - 1;
const panel = (page: Page) => page.getByRole('tabpanel');
// The mock generates a region's 40 peer clinics on its first request: seconds on a busy machine.
const FIRST_DATA = { timeout: 30_000 };

/** Presses "Eksportér CSV" and returns the downloaded file's name and text (BOM kept). */
async function exportCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eksportér CSV' }).first().click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test.describe('Ydelsesoverblik', () => {
  // Each journey is the first to ask for its region, so it waits for the mock to generate it.
  test.describe.configure({ timeout: 90_000 });

  test('launch → pick a code → the clinic against the region → its rule → CSV export', async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'ydelsesoverblik' });
    await expect(page.getByRole('heading', { level: 1, name: 'Ydelsesoverblik' })).toBeVisible();
    await expect(page.getByTestId('code-table')).toBeVisible(FIRST_DATA);
    await page.getByLabel('Periode', { exact: true }).selectOption(String(lastYear));
    await page.getByLabel('Ydelseskode', { exact: true }).selectOption('2101');
    await expect(page).toHaveURL(/kode=2101/);
    await expect(page.getByTestId('code-table').getByRole('row')).toHaveCount(2, FIRST_DATA);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Regionen' }).click();
    await expect(page).toHaveURL(/visning=region/);
    await expect(
      panel(page).getByRole('heading', { name: 'Klinikken mod Region Midtjylland' }),
    ).toBeVisible();
    await expect(page.getByTestId('benchmark-scope')).toHaveText(
      'Sammenlignet med 40 andre klinikker i Region Midtjylland (41 i alt).',
    );
    const chosen = page.getByTestId('chosen-benchmark');
    await expect(chosen).toContainText('Blodtagning fra blodåre');
    await expect(chosen).toContainText(
      /Klinikken: [\d.]+,\d pr\. 1\.000 tilmeldte\. Regionens median: [\d.]+,\d/,
    );
    await expect(page.getByTestId('benchmark-rows').locator('tr[aria-current="true"]')).toContainText('2101');
    await expectAccessible(page);

    await chosen.getByRole('link', { name: 'Se reglen for 2101' }).click();
    await expect(page).toHaveURL(/visning=opslag.*regel=2101/);
    const rule = page.getByTestId('rule');
    await expect(rule.getByRole('heading', { name: '2101 Blodtagning fra blodåre' })).toBeFocused();
    await expect(rule).toContainText('Tæller med i § 93-loftet');
    await expect(rule.getByRole('heading', { name: '§ 93: højestegrænser' })).toBeVisible();
    await expectAccessible(page);

    await page.goBack();
    await expect(page.getByTestId('benchmark-rows')).toBeVisible();
    const csv = await exportCsv(page);
    expect(csv.name).toBe(`ydelsesoverblik-region-${lastYear}-2101.csv`);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Kode;Ydelse;Klinikken;25 %;Median;75 %;Placering;Klinikker under (%);Klinikken, indeks (median = 100);25–75 %, indeks',
    );
    const bloodTests = lines.find((line) => line.startsWith('2101;'))!;
    // Decimal commas, no thousands separators, as Danish Excel reads numbers.
    expect(bloodTests).toMatch(
      /^2101;Blodtagning fra blodåre;\d+,\d;\d+,\d;\d+,\d;\d+,\d;[^;]+;\d+;\d+;\d+–\d+$/,
    );
    const [clinic] = bloodTests.split(';').slice(2);
    await expect(page.getByTestId('chosen-benchmark')).toContainText(
      `Klinikken: ${Number(clinic!.replace(',', '.')).toLocaleString('da-DK', { minimumFractionDigits: 1 })}`,
    );
  });

  test('Bornholm: its clinics are in Region Hovedstaden’s benchmark; §93 and kronikerhonorar shown', async ({
    page,
  }) => {
    await launchFromSimulator(page, { ...DOCTOR_BORNHOLM, intent: 'ydelsesoverblik' });
    await page.getByRole('tab', { name: 'Regionen' }).click();
    await expect(page.getByTestId('benchmark-scope')).toHaveText(
      'Sammenlignet med 41 andre klinikker i Region Hovedstaden (42 i alt, heraf 4 på Bornholm).',
      FIRST_DATA,
    );
    await expect(
      page.getByTestId('benchmark-rows').getByRole('row').filter({ hasText: /^4383/ }),
    ).toBeVisible();

    await page.getByRole('tab', { name: '§ 93-opgørelse' }).click();
    await expect(panel(page).getByRole('heading', { name: /^§ 93-opgørelse for \d{4}$/ })).toBeVisible();
    await expect(page.getByTestId('ceiling-rows').getByRole('row')).toHaveCount(7, FIRST_DATA);
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Kronikerhonorar' }).click();
    const first = page.getByTestId('chronic-rows').getByRole('row').nth(1);
    await expect(first).toBeVisible(FIRST_DATA);
    await expect(first).toContainText(/\d+ × [\d.]+,00\skr\. ÷ 4 = [\d.]+,\d\d\skr\./);
    await expect(page.getByTestId('chronic-rows')).not.toContainText('Afviger');
    await expectAccessible(page);
  });

  test('the view lives in the URL; the look-up finds by word; the print view hides the controls', async ({
    page,
  }) => {
    await launchFromSimulator(page, { ...SECRETARY_AARHUS, intent: 'ydelsesoverblik' });
    await page.getByRole('tab', { name: 'Opslag i vejledningen' }).click();
    await page.getByLabel('Søg på kode, navn eller ord').fill('video');
    await expect(page).toHaveURL(/q=video/);
    await expect(page.getByText(/^\d+ ydelseskoder og \d+ vejledninger$/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Søg på kode, navn eller ord')).toHaveValue('video');
    await expect(page.getByRole('tab', { name: 'Opslag i vejledningen' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectAccessible(page);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Webapps' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
    await expect(page.getByText(/^Udskrevet .* · Opslag i vejledningen · Hele \d{4}$/)).toBeVisible();
  });
});
