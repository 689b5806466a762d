import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../e2e/support/chromium.ts';
import { readWebappManifest, ROOT } from '../build/manifest.ts';
import { portalBench } from './portal.ts';
import type { BenchContext, BenchRow, LaunchInto, WebappBench } from './types.ts';

/**
 * `npm run bench`: the production build in Debian's Chromium, the portal's figures (issue 9) and
 * every webapp's own benchmark (`webapps/<name>/bench/index.ts`), printed and written as
 * bench-results/report.{md,json}. Figures, not a test: it exits 0 whatever they are.
 */
process.env.KLINIK_APP_PORT ??= '5373';
process.env.KLINIK_IDP_PORT ??= '4210';
process.env.KLINIK_QUIET = '1';
const { startDemo } = await import('../../mocks/server/start.ts');
const { APP_ORIGIN, IDP_ISSUER } = await import('../../mocks/server/ports.ts');

function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

async function launchInto(browser: Browser, into: LaunchInto) {
  const context = await browser.newContext({
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${IDP_ISSUER}/`);
  await page.locator('#clinic').selectOption(into.ydernummer);
  await page.locator('#user').selectOption(into.accountId);
  if (into.patientIndex !== undefined) {
    await page
      .locator('#patient option')
      .nth(into.patientIndex + 1)
      .waitFor({ state: 'attached' });
    const values = await page
      .locator('#patient option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    await page.locator('#patient').selectOption(values[into.patientIndex]!);
  }
  if (into.intent) await page.locator('#intent').selectOption(into.intent.replace(/^\//, ''));
  await page.locator('#open-klinik').click();
  await page.waitForURL(
    (url) => url.origin === APP_ORIGIN && !['/launch', '/auth/callback'].includes(url.pathname),
  );
  await page.getByTestId('clinic').waitFor();
  return page;
}

if (!existsSync(`${process.env.KLINIK_DIST_DIR ?? `${ROOT}dist`}/index.html`))
  throw new Error('Run `npm run build` first (npm run bench does).');
const demo = await startDemo();
const browser = await launchBrowser();
const context: BenchContext = {
  browser,
  appOrigin: APP_ORIGIN,
  idpOrigin: IDP_ISSUER,
  launch: (into) => launchInto(browser, into),
  resetMocks: async () => void (await fetch(`${APP_ORIGIN}/__mock/reset`, { method: 'POST' })),
};

// `--only <webapp>` runs one webapp's benchmark and skips the portal figures; `--only portal` the reverse.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const rows: BenchRow[] = [];
try {
  if (!only || only === 'portal') rows.push(...(await portalBench(context)));
  for (const webapp of readWebappManifest().filter((w) => !only || w.name === only)) {
    const file = `${ROOT}webapps/${webapp.name}/bench/index.ts`;
    if (!existsSync(file)) continue;
    const bench = (await import(file)) as { default: WebappBench };
    await context.resetMocks();
    rows.push(...(await bench.default(context)));
  }
} finally {
  await browser.close();
  await demo.close();
}

// A ratio always with two decimals (1.00, not 1); other whole numbers (counts, ms) as they are.
const fmt = (n: number | undefined, unit: string) =>
  n === undefined ? '' : unit === 'ratio' ? n.toFixed(2) : Number.isInteger(n) ? String(n) : n.toFixed(1);
const lines = [
  '| group | metric | median | p95 | value | unit | target | ok |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.group} | ${r.metric} | ${fmt(r.median, r.unit)} | ${fmt(r.p95, r.unit)} | ${fmt(r.value, r.unit)} | ${r.unit} | ${r.target ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'} |`,
  ),
];
mkdirSync(`${ROOT}bench-results`, { recursive: true });
writeFileSync(
  `${ROOT}bench-results/report.md`,
  `# Klinik+ benchmark\n\n${new Date().toISOString()}\n\n${lines.join('\n')}\n`,
);
writeFileSync(`${ROOT}bench-results/report.json`, JSON.stringify(rows, null, 2));
console.log(lines.join('\n'));
console.log('\nWritten to bench-results/report.md and report.json');
