import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import { watchLibraryCopies } from './support/library-copies.ts';
import { DOCTOR_AARHUS, launchFromSimulator, NURSE_BORNHOLM, openFromSimulator } from './support/launch.ts';
import { APP, IDP } from './support/urls.ts';

test.describe('the shell and the 1Login-style handoff', () => {
  test('a doctor launches with a patient in context and lands on the home page', async ({ page }) => {
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 0 });
    await expect(page).toHaveURL(`${APP}/`);
    await expect(page.getByTestId('clinic')).toHaveText('Lægerne Åboulevarden · ydernr. 990011');
    await expect(page.getByTestId('user')).toHaveText('Mette Vinther · Læge');
    await expect(page.getByTestId('patient')).toHaveText(/Patient: .+ · \d{6}-xxxx/);
    const nav = page.getByRole('navigation', { name: 'Webapps' });
    await expect(nav.getByRole('link')).toHaveText([
      'Forside',
      'Søg speciallæge',
      'Aftalevisning',
      'Klinikbeskeder',
      'Ydelsesoverblik',
      'AIM',
    ]);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6); // five tiles and support
    await expect(
      page.getByText(/Driftsstatus: (I drift|Kræver opmærksomhed|Driftsforstyrrelse)/).first(),
    ).toBeVisible();
    // Tokens live in this tab's sessionStorage, never in localStorage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toMatch(/access_token|refresh_token|id_token/);
    await expectAccessible(page);
  });

  test('a nurse sees only the webapps her role allows', async ({ page }) => {
    await launchFromSimulator(page, NURSE_BORNHOLM);
    await expect(page.getByTestId('clinic')).toHaveText('Lægehuset Store Torv · ydernr. 990027');
    const nav = page.getByRole('navigation', { name: 'Webapps' });
    await expect(nav.getByRole('link')).toHaveText([
      'Forside',
      'Søg speciallæge',
      'Aftalevisning',
      'Klinikbeskeder',
      'AIM',
    ]);
    await page.evaluate(() => window.history.pushState(null, '', '/ydelsesoverblik'));
    await expect(page.getByText('Din rolle giver ikke adgang til denne webapp.')).toBeVisible();
  });

  test('an issuer outside the allow-list shows the Danish error page', async ({ page }) => {
    await page.goto(`/launch?iss=${encodeURIComponent('http://127.0.0.1:9/evil')}&launch=abc`);
    await expect(page.getByRole('heading', { name: 'Klinik+' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('er ikke godkendt til Klinik+');
    await expect(page.getByRole('alert')).toContainText('Fejlkode: unknown-issuer');
    await expectAccessible(page);
  });

  test('a launch without a launch id shows the error page', async ({ page }) => {
    await page.goto(`/launch?iss=${encodeURIComponent(IDP)}`);
    await expect(page.getByRole('alert')).toContainText('manglede oplysningerne fra lægepraksissystemet');
  });

  test('a replayed launch is refused', async ({ page, context }) => {
    const launchUrl = await launchFromSimulator(page, DOCTOR_AARHUS);
    const replay = await context.newPage();
    await replay.goto(launchUrl);
    await expect(replay.getByRole('alert')).toContainText('allerede brugt eller er udløbet');
    await expect(replay.getByRole('alert')).toContainText('Fejlkode: launch-rejected');
  });

  test('a tampered state on the callback shows the error page', async ({ page }) => {
    await launchFromSimulator(page, DOCTOR_AARHUS);
    await page.goto('/auth/callback?code=forged&state=forged');
    await expect(page.getByRole('alert')).toContainText('kunne ikke bekræftes');
  });

  test('log out ends the session at the provider', async ({ page }) => {
    await launchFromSimulator(page, DOCTOR_AARHUS);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect(page).toHaveURL(`${APP}/logged-out`);
    await expect(page.getByRole('heading', { name: 'Du er logget ud' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Du er ikke logget ind');
  });

  test('English can be chosen and is remembered', async ({ page }) => {
    await launchFromSimulator(page, DOCTOR_AARHUS);
    await page.getByRole('button', { name: 'Skift sprog til engelsk' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome to Klinik+' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Switch language to Danish' }).click();
    await expect(page.getByRole('heading', { name: 'Velkommen til Klinik+' })).toBeVisible();
  });

  test.describe('isolation', () => {
    let fixtures: Server;
    const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 5274);
    test.beforeAll(async () => {
      fixtures = await startFixtureServer(fixturePort);
    });
    test.afterAll(() => new Promise<void>((resolve) => fixtures.close(() => resolve())));

    test('a webapp that throws on mount leaves the rest of the shell usable', async ({
      page,
      pageErrors,
    }) => {
      await launchFromSimulator(page, DOCTOR_AARHUS);
      const nav = page.getByRole('navigation', { name: 'Webapps' });
      // An import-map override (development feature) serves AIM from another port: a broken build.
      await page.evaluate(
        (url) => localStorage.setItem('klinik:import-map-override:@klinik/aim', url),
        `http://127.0.0.1:${fixturePort}/throws-on-mount.js`,
      );
      await page.reload();
      await nav.getByRole('link', { name: 'AIM' }).click();
      await expect(page.getByRole('alert')).toContainText('AIM kunne ikke indlæses');
      await expect(page.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
      await nav.getByRole('link', { name: 'Søg speciallæge' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Søg speciallæge' })).toBeVisible();
      await page.evaluate(() => localStorage.removeItem('klinik:import-map-override:@klinik/aim'));
      await nav.getByRole('link', { name: 'AIM' }).click();
      await page.getByRole('button', { name: 'Prøv igen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'AIM' })).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe('launch bundles', () => {
    const WEBAPP_FILES = /^\/(shared\/chunks|webapps)\//;
    /** Paths of the app's scripts the page asks for from now on. */
    const scriptsOf = (page: Page) => {
      const paths: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === APP && url.pathname.endsWith('.js')) paths.push(url.pathname);
      });
      return paths;
    };
    const openEveryOtherWebapp = async (page: Page) => {
      for (const name of ['Aftalevisning', 'Klinikbeskeder', 'Ydelsesoverblik', 'AIM']) {
        await page.getByRole('navigation', { name: 'Webapps' }).getByRole('link', { name }).click();
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      }
    };

    test('a launch into a webapp fetches the portal and the webapp as one file', async ({ page }) => {
      const scripts = scriptsOf(page);
      await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'soeg-speciallaege' });
      await expect(page.getByRole('heading', { level: 1, name: 'Søg speciallæge' })).toBeVisible();
      await expect(page.getByText(/^\d+ resultater$/)).toBeVisible();
      expect(scripts.filter((path) => path.startsWith('/launch-bundles/'))).toEqual([
        expect.stringMatching(/^\/launch-bundles\/soeg-speciallaege-[\w-]{8}\.js$/),
      ]);
      expect(scripts.filter((path) => WEBAPP_FILES.test(path))).toEqual([]);
      // The other webapps come from their own files and share the bundle's libraries.
      await openEveryOtherWebapp(page);
      expect(scripts.filter((path) => path.startsWith('/webapps/aim/')).length).toBeGreaterThan(0);
    });

    test('a launch bundle that fails to load gives a clear message and a retry that works', async ({
      page,
    }) => {
      await page.route('**/launch-bundles/**', (route) => route.abort());
      await openFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'soeg-speciallaege' });
      await expect(page.getByRole('alert')).toContainText('Klinik+ kunne ikke indlæses');
      const retry = page.getByRole('button', { name: 'Prøv igen' });
      await expect(retry).toBeFocused();
      await expectAccessible(page);
      const scripts = scriptsOf(page);
      await page.keyboard.press('Enter');
      await expect(page.getByText(/^\d+ resultater$/)).toBeVisible();
      expect(scripts).toContainEqual(expect.stringMatching(/^\/webapps\/soeg-speciallaege\//));
      expect(scripts.filter((path) => path.startsWith('/launch-bundles/'))).toEqual([]);
    });

    test('where the browser ignores a second import map, the separate files load instead', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        // As a browser without multiple import maps (Firefox today) does.
        const append = Element.prototype.append;
        Element.prototype.append = function (...nodes: Array<Node | string>) {
          const kept = nodes.filter((n) => !(n instanceof HTMLScriptElement && n.type === 'importmap'));
          append.apply(this, kept);
        };
      });
      const scripts = scriptsOf(page);
      await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'soeg-speciallaege' });
      await expect(page.getByText(/^\d+ resultater$/)).toBeVisible();
      expect(scripts.filter((path) => path.startsWith('/launch-bundles/'))).toEqual([]);
      expect(scripts).toContainEqual(expect.stringMatching(/^\/webapps\/soeg-speciallaege\//));
      await openEveryOtherWebapp(page);
    });
  });

  test('React, ReactDOM, MUI and emotion are loaded once for the shell and every webapp', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // React DOM registers each renderer copy with the devtools hook: one copy, one injection.
      const w = window as unknown as { __renderers: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: object };
      w.__renderers = 0;
      w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        isDisabled: false,
        supportsFiber: true,
        renderers: new Map(),
        inject: () => ++w.__renderers,
        onCommitFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        checkDCE: () => undefined,
      };
    });
    const libraries = watchLibraryCopies(page);
    // Landing in a webapp: the launch bundle brings the libraries, the other webapps their own files.
    await launchFromSimulator(page, { ...DOCTOR_AARHUS, intent: 'aftalevisning' });
    for (const name of ['Søg speciallæge', 'Aftalevisning', 'Klinikbeskeder', 'Ydelsesoverblik', 'AIM']) {
      await page.getByRole('navigation', { name: 'Webapps' }).getByRole('link', { name }).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { __renderers: number }).__renderers)).toBe(1);
    expect(await libraries.copies()).toEqual({ React: 1, ReactDOM: 1, 'MUI (styles core)': 1, emotion: 1 });
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(
      scripts
        .filter((s) => s.includes('/webapps/'))
        .every((s) => !/react|mui|emotion/.test(s.split('/').pop()!)),
    ).toBe(true);
  });
});
