import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';
import { APP } from './support/urls.ts';

interface Inspected {
  id: string;
  subject: string;
  recipients: Array<{ patientId: string; channel: string; deliveries: number }>;
}

/** What the mock's Min Læge received: every message of the clinic, with each recipient's copies. */
async function inspect(page: Page, subject: string): Promise<Inspected[]> {
  const { messages } = (await (
    await page.request.get(`${APP}/__mock/messages?ydernummer=990011`)
  ).json()) as {
    messages: Inspected[];
  };
  return messages.filter((m) => m.subject === subject);
}

/** Exactly one message with this subject, and nobody got it twice or was skipped (closed profiles aside). */
async function expectSentOnce(page: Page, subject: string) {
  const [message, ...more] = await inspect(page, subject);
  expect(more).toEqual([]);
  const reachable = message!.recipients.filter((r) => r.channel !== 'none');
  expect(reachable.every((r) => r.deliveries <= 1)).toBe(true);
  // About 0.4 % of profiles turn out closed at delivery; everyone else has exactly one copy.
  expect(reachable.filter((r) => r.deliveries === 1).length).toBeGreaterThan(reachable.length * 0.98);
  return message!;
}

async function openKlinikbeskeder(page: Page) {
  await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'klinikbeskeder' });
  await expect(page.getByTestId('recipient-count')).toContainText(/^11\.900 patienter passer/, {
    timeout: 20_000,
  });
}

test.describe('Klinikbeskeder', () => {
  test.afterEach(async ({ page }) => {
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'all', fault: 'none' } });
  });

  test('65+ with diabetes → preview → send to all with progress → in the history', async ({ page }) => {
    test.slow(); // four axe runs over large tables
    await openKlinikbeskeder(page);
    await page.getByRole('button', { name: '65+' }).click();
    await page.getByLabel('Diagnoser (ICPC-2)').fill('diabetes');
    await page.getByRole('option', { name: 'T90 Diabetes type 2' }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/alderFra=65&diagnoser=T90/);
    const count = page.getByTestId('recipient-count');
    await expect(count).toContainText(/^\d{2,3} patienter passer · \d+ kan modtage$/);
    const reachable = (await count.textContent())!.match(/· (\d+) kan modtage/)![1]!;
    await expect(page.getByTestId('unreachable-reasons')).toContainText('bruger ikke Min Læge');

    const subject = `Influenzavaccination ${Date.now()}`;
    await page.getByLabel('Skabelon').selectOption({ label: 'Influenzavaccination' });
    await page.getByLabel('Emne').fill(subject);
    await page
      .getByLabel('Tekst')
      .fill('Kære patient\n\nDu kan blive vaccineret <b>gratis</b> fra 1. oktober.');
    const preview = page.getByTestId('min-laege-preview');
    await expect(preview).toContainText(subject);
    await expect(preview).toContainText('<b>gratis</b>');
    await expect(page.getByText(/^Kladden er gemt kl\./)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Send beskeden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send beskeden?' });
    await expect(dialog).toContainText(`sendes til ${reachable} modtagere`);
    await expect(dialog).toContainText('65 år og derover · mindst én af diagnoserne T90');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: `Send til ${reachable}` }).dblclick();

    await expect(page).toHaveURL(/\/klinikbeskeder\/historik\/msg-/);
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible();
    await expect(page.getByText(/^Sendt/).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(/modtagere fik ikke beskeden/)).toBeVisible();
    await expectAccessible(page);

    await page
      .getByRole('navigation', { name: 'Klinikbeskeder, visninger' })
      .getByRole('tab', { name: 'Historik' })
      .click();
    const row = page.getByRole('row').filter({ hasText: subject });
    await expect(row).toContainText('Mette Vinther');
    await expect(row).toContainText('65 år og derover');
    await expectAccessible(page);
    const message = await expectSentOnce(page, subject);
    expect(message.recipients.filter((r) => r.channel !== 'none')).toHaveLength(Number(reachable));
  });

  test('a reload in the middle of sending resumes where it was, and nobody gets it twice', async ({
    page,
  }) => {
    test.slow(); // a message to some 2,600 recipients in 26 batches, slowed down
    await openKlinikbeskeder(page);
    await page.getByRole('button', { name: '18–64' }).click();
    await expect(page).toHaveURL(/alderFra=18&alderTil=64/);
    const subject = `Ferielukning ${Date.now()}`;
    await page.getByLabel('Emne').fill(subject);
    await page.getByLabel('Tekst').fill('Klinikken holder lukket i uge 29 og 30.');
    // Slow batches, so the reload lands mid-send.
    await page.request.post(`${APP}/__mock/faults`, {
      data: { api: 'messages', fault: 'latency', latencyMs: 250 },
    });
    await page.getByRole('button', { name: 'Send beskeden' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Send til/ })
      .click();
    await expect(page.getByText(/Pakke ([3-9]|\d{2}) af \d+ sendt/)).toBeVisible({ timeout: 20_000 });
    const sentBefore = (await inspect(page, subject))[0]!.recipients.filter((r) => r.deliveries > 0).length;
    expect(sentBefore).toBeGreaterThan(0);

    await page.reload();
    await page.request.post(`${APP}/__mock/faults`, { data: { api: 'messages', fault: 'none' } });
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/^Sendt/).first()).toBeVisible({ timeout: 30_000 });
    await expectSentOnce(page, subject);
  });

  test('a nurse reads the history but cannot send', async ({ page }) => {
    await launchFromSimulator(page, {
      ydernummer: '990011',
      accountId: 'sofie.lund@990011',
      intent: 'klinikbeskeder',
    });
    await expect(page.getByText('Du kan læse historikken, men ikke sende')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send beskeden' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Se historikken' }).click();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectAccessible(page);
  });
});
