import { expect, expectAccessible, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';
import { APP } from './support/urls.ts';

test.describe('Søg speciallæge', () => {
  test.afterEach(async ({ page }) => {
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'specialists', fault: 'none' } });
  });

  test('from launch to a copied phone number, with the keyboard only', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'soeg-speciallaege' });
    await expect(page.getByRole('heading', { level: 1, name: 'Søg speciallæge' })).toBeVisible();
    await expect(page.getByText(/^\d+ resultater$/)).toBeVisible();

    await page.getByLabel('Speciale').focus();
    await page.keyboard.press('Tab'); // free text
    await page.keyboard.type('aarhus');
    await page.getByLabel('Speciale').focus();
    await page.getByLabel('Speciale').selectOption({ label: 'Dermato-venerologi' });
    await page.getByLabel('Fuld handicaptilgængelighed').focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/speciale=04/);
    await expect(page).toHaveURL(/q=aarhus/);
    await expect(page).toHaveURL(/handicap=1/);

    const first = page.getByRole('listitem').first();
    await expect(first).toContainText('Hudklinikken');
    await expect(first).toContainText('Aarhus');

    // The map is one tab stop after the origin field; arrows move, Enter selects the card too.
    await page.getByLabel(/Søg fra et andet postnummer/).focus();
    await page.keyboard.press('Tab');
    const map = page.getByRole('group', { name: 'Kort over resultaterne' });
    await expect(map.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(map.getByRole('button', { pressed: true })).toBeFocused();
    const second = page.getByRole('listitem').nth(1);
    await expect(second.getByRole('button', { name: 'Vis på kortet' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page).toHaveURL(/valgt=/);

    const phone = (await first.getByRole('link', { name: /^\d{2} \d{2} \d{2} \d{2}$/ }).textContent())!;
    await first.getByRole('button', { name: /Kopiér telefonnummer/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Telefonnummeret ${phone} er kopieret.`)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(phone);
    await expectAccessible(page);
  });

  test('a bookmarked search opens with the same filters, and details show opening hours', async ({
    page,
  }) => {
    await launchFromSimulator(page, DOCTOR_AARHUS);
    await page.goto('/soeg-speciallaege?speciale=19&afstand=50&sort=ventetid');
    await expect(page.getByLabel('Speciale')).toHaveValue('19');
    await expect(page.getByLabel('Sortér efter')).toHaveValue('ventetid');
    await page
      .getByRole('listitem')
      .first()
      .getByRole('button', { name: /^Detaljer om / })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('table', { name: 'Åbningstider' })).toContainText('mandag');
    await expect(dialog.getByRole('img', { name: / km fra Lægerne Åboulevarden/ })).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect(dialog).toBeHidden();
  });

  test('an API fault shows a clear message and retry works; the rest of Klinik+ keeps working', async ({
    page,
  }) => {
    await launchFromSimulator(page, DOCTOR_AARHUS);
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'specialists', fault: '503' } });
    const nav = page.getByRole('navigation', { name: 'Webapps' });
    await nav.getByRole('link', { name: 'Søg speciallæge' }).click();
    await expect(page.getByRole('alert')).toContainText('midlertidigt utilgængelig');
    await nav.getByRole('link', { name: 'Forside' }).click();
    await expect(page.getByRole('heading', { name: 'Velkommen til Klinik+' })).toBeVisible();
    await nav.getByRole('link', { name: 'Søg speciallæge' }).click();
    await expect(page.getByRole('alert')).toContainText('midlertidigt utilgængelig');
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'specialists', fault: 'none' } });
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.getByText(/^\d+ resultater$/)).toBeVisible();
  });
});
