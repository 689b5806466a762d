import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rolldown/parseAst';
import { bareImports, importedBindings } from './build/bare-imports.ts';
import { sharedModuleUrls } from './build/compose.ts';
import {
  DIST,
  readViteManifest,
  readWebappManifest,
  resolveBare,
  ROOT,
  type ImportMap,
} from './build/manifest.ts';
import { MODULE_LIST_FILE } from './build/module-list-plugin.ts';
import type { LaunchBundle } from '../shell/src/config.ts';
import { SHARED_EXPORTS_FILE } from './build/shared-modules.ts';

/**
 * Checks the composed dist/ against three rules and prints the figures:
 * 1. every bare import in a built file is in the import map (nothing escapes it), and every name it
 *    imports from a shared module is exported there (some shared modules export only what is used);
 * 2. no shared package was bundled into the shell or a webapp (one React, one MUI, one emotion);
 * 3. the shell's initial JavaScript and each webapp's own JavaScript stay within budgets.json (gzip);
 * 4. each launch bundle resolved every import and is no bigger than the files it holds (nothing in it
 *    twice, nothing it should have left to the import map).
 */
const budgets = JSON.parse(readFileSync(`${ROOT}budgets.json`, 'utf8')) as {
  shellInitialKb: number;
  webappOwnKb: number;
};
const importMap = JSON.parse(readFileSync(`${DIST}/importmap.json`, 'utf8')) as ImportMap;
/** The URL a built file's bare import resolves to (through its scope, if it has one). */
const resolveFrom = (file: string, specifier: string) =>
  resolveBare(importMap, specifier, `/${relative(DIST, file)}`);
const SHARED_PACKAGES =
  /node_modules\/(react|react-dom|scheduler|@emotion\/[^/]+|@mui\/(material|system|styled-engine|private-theming|utils)|react-router|@tanstack\/react-query|@tanstack\/query-core|recharts)\//;

const problems: string[] = [];
const gzipKb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );

// 1. Nothing escapes the import map. (The shared build bundles its own dependencies, so only
// the shell and the webapps have bare imports left.)
const targets = ['shell', ...readWebappManifest().map((w) => `webapps/${w.name}`)];
const exportsByKey = JSON.parse(readFileSync(`${DIST}/shared/${SHARED_EXPORTS_FILE}`, 'utf8')) as Record<
  string,
  string[]
>;
// What each shared file exports, by its URL in the import map.
const exportsByUrl = new Map([...sharedModuleUrls()].map(([key, url]) => [url, exportsByKey[key]]));
for (const file of targets.flatMap((target) => jsFiles(`${DIST}/${target}`))) {
  const code = readFileSync(file, 'utf8');
  for (const specifier of bareImports(code)) {
    if (!resolveFrom(file, specifier))
      problems.push(`${relative(DIST, file)} imports "${specifier}", which the import map lacks`);
  }
  for (const [specifier, names] of importedBindings(code)) {
    const exported = exportsByUrl.get(resolveFrom(file, specifier) ?? '');
    const missing = [...names].filter((name) => name !== '*' && !exported?.includes(name));
    if (exported && missing.length)
      problems.push(
        `${relative(DIST, file)} imports ${missing.join(', ')} from "${specifier}", which the shared build does not export (rebuild shared)`,
      );
  }
}

// 2. No shared package inside the shell or a webapp.
for (const target of targets) {
  const modules = JSON.parse(readFileSync(`${DIST}/${target}/${MODULE_LIST_FILE}`, 'utf8')) as string[];
  const bundled = modules.filter((id) => SHARED_PACKAGES.test(id) && !id.includes('@mui/material/locale'));
  if (bundled.length)
    problems.push(
      `${target} bundles shared code: ${bundled.slice(0, 3).join(', ')}${bundled.length > 3 ? ' …' : ''}`,
    );
}

// 3. Budgets. The shell's initial JS is everything statically reachable from its entry, across the map.
const STATIC_RELATIVE = /\b(?:import|export)\s*(?:[\w${}\s,*]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_RELATIVE)) visit(resolve(dirname(file), match[1]!));
    for (const specifier of bareImports(code.replace(/\bimport\s*\([^)]*\)/g, ''))) {
      const target = resolveFrom(file, specifier);
      if (target) visit(`${DIST}${target}`);
    }
  };
  visit(entry);
  return seen;
}

const shellEntry = readFileSync(`${DIST}/index.html`, 'utf8').match(
  /<script type="module" src="([^"]+)"/,
)![1]!;
// The entry loads the portal at once on every page but /launch: both are the shell's initial JS.
const entryFile = `${DIST}${shellEntry}`;
const shellManifest = readViteManifest(`${DIST}/shell`);
const portalFiles = (
  Object.values(shellManifest).find((chunk) => entryFile.endsWith(chunk.file))?.dynamicImports ?? []
).map((key) => `${DIST}/shell/${shellManifest[key]!.file}`);
const shellFiles = new Set([entryFile, ...portalFiles].flatMap((file) => [...staticClosure(file)]));
const shellInitial = [...shellFiles].reduce((sum, file) => sum + gzipKb(file), 0);
const rows: Array<[string, number, number]> = [
  ['shell initial JS (entry, portal, shared libraries)', shellInitial, budgets.shellInitialKb],
];
for (const webapp of readWebappManifest()) {
  const own = jsFiles(`${DIST}/webapps/${webapp.name}`).reduce((sum, file) => sum + gzipKb(file), 0);
  rows.push([`webapp ${webapp.name} (own JS, all chunks)`, own, budgets.webappOwnKb]);
}
console.log('\nBundle budgets (gzip -9, KB):');
for (const [name, kb, budget] of rows) {
  const ok = kb <= budget;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(52)} ${kb.toFixed(1).padStart(7)} / ${budget}`);
  if (!ok) problems.push(`${name} is ${kb.toFixed(1)} KB gzip, over its budget of ${budget} KB`);
}

// 4. Launch bundles, against the separate files they hold (those with code: every file but the
// shared entries, which only re-export).
const launchBundles = JSON.parse(
  readFileSync(`${DIST}/index.html`, 'utf8').match(/id="klinik-launch-bundles">(.*?)<\/script>/)![1]!,
) as Record<string, LaunchBundle>;
/** A bundle's imports that are not URLs; parsed, as its code holds import statements in strings. */
const bareSpecifiers = (code: string) =>
  [
    ...parseAst(code).body.flatMap((node) =>
      'source' in node && node.source ? [String(node.source.value)] : [],
    ),
    ...[...code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)].map((match) => match[1]!),
  ].filter((specifier) => !/^[./]/.test(specifier));
console.log('\nLaunch bundles (gzip -9, KB), against the files they hold:');
for (const [name, bundle] of Object.entries(launchBundles)) {
  const file = `${DIST}${bundle.file}`;
  const kb = gzipKb(file);
  const held = Object.keys(bundle.imports).reduce((sum, url) => sum + gzipKb(`${DIST}${url}`), 0);
  console.log(`  ${name.padEnd(52)} ${kb.toFixed(1).padStart(7)} / ${held.toFixed(1)}`);
  for (const specifier of bareSpecifiers(readFileSync(file, 'utf8')))
    problems.push(`launch bundle ${name} imports "${specifier}" bare: it must resolve everything`);
  // 2 %: the bundle's export lists; more would be code it holds twice or should not hold.
  if (kb > held * 1.02)
    problems.push(
      `launch bundle ${name} is ${kb.toFixed(1)} KB, more than its files (${held.toFixed(1)} KB)`,
    );
}

if (problems.length) {
  console.error(`\n${problems.length} bundle problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nImport map complete; no shared package bundled into the shell or a webapp.');
