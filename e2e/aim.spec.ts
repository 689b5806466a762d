import { expect, expectAccessible, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator, SECRETARY_AARHUS } from './support/launch.ts';

test.describe('AIM', () => {
  test('launch → diabetes → a flagged patient → the record sent to each receiver', async ({ page }) => {
    // Three axe runs, one over a page of the patient list: more than the default budget on a loaded 2-core machine.
    test.setTimeout(90_000);
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'aim' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AIM – indberetning til RKKP');
    const diabetes = page.getByRole('region', { name: 'Diabetes' });
    await expect(diabetes.getByText(/af [\d.]+ journaler godkendt/).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Hjertesvigt' }).getByText('I forberedelse')).toBeVisible();
    await expectAccessible(page);

    await diabetes.getByRole('link', { name: 'Patienter med diabetes' }).click();
    await page.getByRole('button', { name: /^Markerede \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/aim\/ddid\/patienter\?vis=markerede/);
    const rows = page.locator('table tbody tr');
    await expect(rows.first()).toContainText(/mangler|forældet siden/);
    await expect(page.locator('table')).not.toContainText(/\d{6}-\d{4}/);
    await expectAccessible(page);

    await rows.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/aim\/ddid\/patienter\/\d{10}$/);
    await expect(page.getByTestId('record-patient')).toContainText(/\d{6}-xxxx/);
    await expect(page.getByText('Det ville blive afvist i dag')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Sendes til RKKP: \d+ dataelementer$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Sundhedsdatastyrelsen' }).click();
    await expect(page).toHaveURL(/modtager=sds/);
    await expect(page.getByRole('table', { name: /^Sendes til Sundhedsdatastyrelsen/ })).toContainText(
      'eGFR',
    );
    await expectAccessible(page);

    // The view lives in the URL: a reload comes back to the same receiver.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sundhedsdatastyrelsen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test("diabetes' indicators as a chart and a table with the same numbers", async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'aim' });
    await page
      .getByRole('region', { name: 'Diabetes' })
      .getByRole('link', { name: 'Indikatorer for diabetes' })
      .click();
    await expect(page.getByRole('table', { name: /^Indikatorerne i \d{4}-Q\d/ })).toContainText(
      / – stemmer/,
      {
        timeout: 20_000,
      },
    );
    await page.getByLabel('Indikator', { exact: true }).selectOption('5.f');
    await expect(page).toHaveURL(/indikator=5\.f/);
    await expect(
      page.getByRole('img', { name: /^Graf: Fodundersøgelse/ }).locator('.recharts-line-curve'),
    ).toHaveCount(3);
    await expect(
      page.getByRole('table', { name: 'Fodundersøgelse pr. kvartal' }).locator('tbody tr'),
    ).toHaveCount(8);
    await expectAccessible(page);
  });

  test('the transmission log explains a refused delivery', async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'aim' });
    await page.getByRole('region', { name: 'KOL' }).getByRole('link', { name: 'Indberetninger' }).click();
    // The router applies URL changes in a transition, so the box is checked once the log has re-rendered.
    await page.getByLabel('Kun med afviste journaler').click();
    await expect(page.getByLabel('Kun med afviste journaler')).toBeChecked();
    await expect(page).toHaveURL(/database=drkol.*afviste=ja/);
    await expect(page.getByText('Hele leverancen blev afvist')).toBeVisible();
    await expect(page.getByText(/AIM-001 Leverancen fulgte ikke/)).toBeVisible();
    await expectAccessible(page);
  });

  test('a secretary sees the aggregated view and no patient list', async ({ page }) => {
    const patientRequests: string[] = [];
    page.on(
      'request',
      (r) => r.url().includes('/aim/') && r.url().includes('/patients') && patientRequests.push(r.url()),
    );
    await launchFromSimulator(page, { ...SECRETARY_AARHUS, intent: 'aim' });
    await expect(page.getByText(/Du ser klinikkens samlede tal/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Patienter med diabetes' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Indikatorer for diabetes' }).click();
    await expect(page.getByRole('table', { name: /^Indikatorerne i/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Fra patientdata' })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto('/aim/ddid/patienter');
    await expect(page.getByText('Patientlisten kræver rollen læge eller sygeplejerske')).toBeVisible();
    expect(patientRequests).toEqual([]);
  });
});
