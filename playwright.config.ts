import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/support/chromium.ts';

/**
 * End-to-end tests against the built app, served by the demo server (real OpenID provider on
 * loopback, MSW handlers over HTTP), in Debian's Chromium: Playwright downloads no browser here.
 * Ports differ from the demo's so a running demo does not collide with a test run (E2E_APP_PORT and
 * E2E_IDP_PORT move them; KLINIK_DIST_DIR serves another build).
 */
const appPort = Number(process.env.E2E_APP_PORT ?? 5273);
const idpPort = Number(process.env.E2E_IDP_PORT ?? 4110);
process.env.KLINIK_APP_PORT = String(appPort);
process.env.KLINIK_IDP_PORT = String(idpPort);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The mock API's fault switch and store are shared by the whole server: one test at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: 'npx tsx mocks/server/start.ts',
    url: `http://127.0.0.1:${appPort}/healthz`,
    env: {
      ...process.env,
      KLINIK_APP_PORT: String(appPort),
      KLINIK_IDP_PORT: String(idpPort),
      KLINIK_QUIET: '1',
      KLINIK_API_TIMEOUT_MS: '3000',
    } as Record<string, string>,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
