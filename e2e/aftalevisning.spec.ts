import { expect, expectAccessible, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator, SECRETARY_AARHUS } from './support/launch.ts';
import { APP } from './support/urls.ts';

test.describe('Aftalevisning', () => {
  test('launch with the patient in context → hospital, next 30 days → print view', async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0, intent: 'aftalevisning' });
    const heading = page.getByTestId('patient-heading');
    await expect(heading).toContainText(/\d{6}-xxxx/);
    await page.getByLabel(/^Sygehus \(\d+\)$/).click();
    await expect(page.getByLabel(/^Sygehus \(\d+\)$/)).toBeChecked();
    await page.getByLabel('Periode').selectOption({ label: 'Næste 30 dage' });
    await expect(page).toHaveURL(/sektor=hospital/);
    await expect(page).toHaveURL(/periode=30-dage/);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    for (const sector of await rows.locator('td:nth-child(3)').allTextContents())
      expect(sector).toBe('Sygehus');
    await expectAccessible(page);

    // Every lookup is in the API's audit log, with user, clinic and patient.
    const audit = (await (await page.request.get(`${APP}/__mock/audit-log`)).json()) as {
      entries: Array<Record<string, string>>;
    };
    expect(audit.entries.at(-1)).toMatchObject({
      userId: DOCTOR_AARHUS.accountId,
      ydernummer: '990011',
      action: 'appointments-lookup',
    });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Webapps' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Udskriv oversigten' })).toBeHidden();
    await expect(page.getByText(/^Udskrevet .* Næste 30 dage · Sygehus$/)).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(heading).toContainText(/\d{6}-xxxx/);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Vis fuldt CPR-nummer i udskriften').check();
    await expect(heading).toContainText(/\d{6}-\d{4}/);
  });

  test('the filter survives a reload, as it lives in the URL', async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0, intent: 'aftalevisning' });
    await page.getByLabel(/^Kommune \(\d+\)$/).click();
    await page.getByLabel('Fritekst').fill('hjemmesygepleje');
    await expect(page).toHaveURL(/q=hjemmesygepleje/);
    await page.reload();
    await expect(page.getByLabel(/^Kommune \(\d+\)$/)).toBeChecked();
    await expect(page.getByLabel('Fritekst')).toHaveValue('hjemmesygepleje');
  });

  test('a user without sundheds-id sees the SEB page and no appointments are fetched', async ({ page }) => {
    const appointmentRequests: string[] = [];
    page.on(
      'request',
      (request) => request.url().includes('/appointments') && appointmentRequests.push(request.url()),
    );
    await launchFromSimulator(page, { ...SECRETARY_AARHUS, patientIndex: 0, intent: 'aftalevisning' });
    await expect(page.getByText('Du har ikke adgang til aftaler')).toBeVisible();
    await expect(page.getByText(/SEB \(Sundhedsvæsenets Elektroniske Brugerstyring\)/)).toBeVisible();
    expect(appointmentRequests).toEqual([]);
    await expectAccessible(page);
  });
});
