import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { APP, IDP } from './urls.ts';

export interface LaunchOptions {
  ydernummer: string;
  accountId: string;
  /** Index of a demo patient in the simulator's list (0 = the first patient), or none. */
  patientIndex?: number;
  intent?: string;
}

/**
 * The front door, as a user walks through it: the practice-system simulator's "Åbn Klinik+". Resolves
 * with the launch URL once the shell is on screen.
 */
export async function launchFromSimulator(page: Page, options: LaunchOptions): Promise<string> {
  const launchUrl = await openFromSimulator(page, options);
  await page.waitForURL(
    (url) => url.origin === APP && url.pathname !== '/launch' && url.pathname !== '/auth/callback',
  );
  await expect(page.getByTestId('clinic')).toBeVisible();
  return launchUrl;
}

/** Presses "Åbn Klinik+" in the simulator and resolves with the launch URL, without waiting for more. */
export async function openFromSimulator(page: Page, options: LaunchOptions): Promise<string> {
  await page.goto(`${IDP}/`);
  await page.locator('#clinic').selectOption(options.ydernummer);
  await page.locator('#user').selectOption(options.accountId);
  if (options.patientIndex !== undefined) {
    await expect(page.locator('#patient option').nth(options.patientIndex + 1)).toBeAttached();
    const values = await page
      .locator('#patient option')
      .evaluateAll((opts) => opts.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.locator('#patient').selectOption(values[options.patientIndex]!);
  }
  if (options.intent) await page.locator('#intent').selectOption(options.intent);
  const launchRequest = page.waitForRequest((request) => request.url().startsWith(`${APP}/launch?`));
  await page.locator('#open-klinik').click();
  return (await launchRequest).url();
}

export const DOCTOR_AARHUS = { ydernummer: '990011', accountId: 'mette.vinther@990011' };
export const SECRETARY_AARHUS = { ydernummer: '990011', accountId: 'jonas.berg@990011' };
export const NURSE_BORNHOLM = { ydernummer: '990027', accountId: 'hanne.munch@990027' };
export const DOCTOR_BORNHOLM = { ydernummer: '990027', accountId: 'peter.kofoed@990027' };
