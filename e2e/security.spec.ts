import { test as base } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { DOCTOR_AARHUS, launchFromSimulator } from './support/launch.ts';
import { APP } from './support/urls.ts';

test.describe('content security policy', () => {
  test('index.html carries a strict, nonce-based CSP and the other security headers', async ({ page }) => {
    const response = await page.goto('/logged-out');
    const headers = response!.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[\w+/=]{20,}'/);
    expect(csp).toMatch(/style-src 'self' 'nonce-[\w+/=]{20,}'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');
    // A fresh nonce for every page.
    const again = (await page.request.get('/logged-out')).headers()['content-security-policy'];
    expect(again).not.toBe(csp);
    // Every script and stylesheet has a content-hashed name and is kept: a warm launch revalidates nothing.
    const assets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"], script[src]')].map(
        (element) => (element as HTMLLinkElement).href || (element as HTMLScriptElement).src,
      ),
    );
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets)
      expect((await page.request.get(asset)).headers()['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
  });
});

// Positive controls use the plain Playwright test: they provoke violations on purpose.
base.describe('the CSP violation detector', () => {
  base('reports an injected inline handler and style, and blocks them', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __v: string[] }).__v = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __v: string[] }).__v.push(e.effectiveDirective),
      );
    });
    await page.goto('/logged-out');
    await page.getByRole('heading', { name: 'Du er logget ud' }).waitFor();
    const executed = await page.evaluate(async () => {
      const box = document.createElement('div');
      box.innerHTML = '<img src="x" onerror="window.__xss = 1"><style>body{display:none}</style>';
      document.body.append(box);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __xss?: number }).__xss;
    });
    expect(executed).toBeUndefined();
    const violations = await page.evaluate(() => (window as unknown as { __v: string[] }).__v);
    expect(violations).toEqual(expect.arrayContaining(['script-src-attr', 'style-src-elem']));
  });

  base('refuses to be framed by another origin (clickjacking)', async ({ page }) => {
    await page.goto('about:blank');
    await page.setContent(`<iframe src="${APP}/logged-out" title="Klinik+"></iframe>`);
    await page.waitForTimeout(1000);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium replaces a refused frame with its error page: the portal never renders inside it.
    expect(framed?.url()).not.toBe(`${APP}/logged-out`);
    expect(await page.frameLocator('iframe').getByRole('heading', { name: 'Du er logget ud' }).count()).toBe(
      0,
    );
  });
});

test('the portal journey causes no CSP violation (checked by the fixture)', async ({ page }) => {
  await launchFromSimulator(page, { ...DOCTOR_AARHUS, patientIndex: 1 });
  await page.getByRole('button', { name: 'Skift sprog til engelsk' }).click();
  await page.getByRole('button', { name: 'Switch language to Danish' }).click();
  await expect(page.getByRole('heading', { name: 'Velkommen til Klinik+' })).toBeVisible();
});
