import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  DIST,
  entryFiles,
  readViteManifest,
  readWebappManifest,
  resolveBare,
  ROOT,
  staticClosure,
  type ImportMap,
  type ViteManifest,
} from './manifest.ts';
import { bareImports } from './bare-imports.ts';
import { HOME_LAUNCH_BUNDLE, type LaunchBundle } from '../../shell/src/config.ts';
import { BUNDLE_DIR, writeLaunchBundle } from './launch-bundles.ts';
import { SHARED_INDEX_FILE, scopedSpecifier } from './shared-modules.ts';

/** The URL of each shared module's built file, by its key in the shared build (see shared-modules.ts). */
export function sharedModuleUrls(): Map<string, string> {
  const sharedEntries = entryFiles(`${DIST}/shared`);
  const sharedIndex = JSON.parse(readFileSync(`${DIST}/shared/${SHARED_INDEX_FILE}`, 'utf8')) as Record<
    string,
    string
  >;
  return new Map(
    Object.entries(sharedIndex).map(([key, entryName]) => {
      const file = sharedEntries.get(entryName);
      if (!file) throw new Error(`The shared build has no entry for ${key}`);
      return [key, `/shared/${file}`];
    }),
  );
}

/**
 * Composes a deployment from independently built targets: writes the import map, the launch bundles
 * and index.html. Redeploying one webapp = rebuild it and run this again; the shell is not rebuilt.
 */
export async function compose(): Promise<void> {
  const imports: Record<string, string> = {};
  const scopes: ImportMap['scopes'] = {};
  for (const [key, url] of sharedModuleUrls()) {
    const { specifier, consumer } = scopedSpecifier(key);
    const scope = consumer && (consumer === 'shell' ? '/shell/' : `/webapps/${consumer}/`);
    if (scope) (scopes[scope] ??= {})[specifier] = url;
    else imports[specifier] = url;
  }
  const webapps = readWebappManifest();
  for (const webapp of webapps) {
    const file = entryFiles(`${DIST}/webapps/${webapp.name}`).get('index');
    if (!file) throw new Error(`Webapp ${webapp.name} has no built entry`);
    imports[webapp.specifier] = `/webapps/${webapp.name}/${file}`;
  }
  const importMap: ImportMap = { imports, scopes };
  writeFileSync(`${DIST}/importmap.json`, JSON.stringify(importMap, null, 2));

  const shellEntry = entryFiles(`${DIST}/shell`).get('main');
  if (!shellEntry) throw new Error('The shell has no built entry');
  const shellManifest = readViteManifest(`${DIST}/shell`);
  const sharedManifest = readViteManifest(`${DIST}/shared`);
  /** A module's files and, for every shared specifier they import bare, that module's files. */
  const withShared = (files: string[]) => {
    const shared = files.flatMap((f) =>
      bareImports(readFileSync(`${DIST}${f}`, 'utf8')).flatMap((specifier) => {
        const url = resolveBare(importMap, specifier, f);
        if (!url?.startsWith('/shared/')) return [];
        return staticClosure(sharedManifest, url.slice('/shared/'.length)).map((s) => `/shared/${s}`);
      }),
    );
    return [...new Set([...files, ...shared])];
  };
  // Preloading what a module will import turns a waterfall of requests into one round. The entry's
  // own files are preloaded by the page; the portal's and each webapp's by the shell when it loads
  // them (not on /launch, which only redirects), unless a launch bundle holds them.
  const entryPreload = withShared(staticClosure(shellManifest, shellEntry).map((f) => `/shell/${f}`));
  // An entry's files and those of its lazy imports, at any depth (the portal's pages, a webapp's
  // routes): small, and all needed soon after the entry runs.
  const lazyClosure = (manifest: ViteManifest, entry: string, prefix: string) => {
    const files = new Set<string>();
    const visit = (file: string) => {
      for (const f of staticClosure(manifest, file)) {
        if (files.has(f)) continue;
        files.add(f);
        const chunk = Object.values(manifest).find((c) => c.file === f);
        for (const key of chunk?.dynamicImports ?? []) visit(manifest[key]!.file);
      }
    };
    visit(entry);
    return [...files].map((f) => `${prefix}${f}`);
  };
  const portalPreload = withShared(lazyClosure(shellManifest, shellEntry, '/shell/')).filter(
    (file) => !entryPreload.includes(file),
  );
  const webappsWithPreload = webapps.map((webapp) => {
    const entry = imports[webapp.specifier]!.slice(`/webapps/${webapp.name}/`.length);
    const manifest = readViteManifest(`${DIST}/webapps/${webapp.name}`);
    const files = withShared(lazyClosure(manifest, entry, `/webapps/${webapp.name}/`));
    return {
      ...webapp,
      preload: files.filter((file) => !portalPreload.includes(file) && !entryPreload.includes(file)),
    };
  });
  const preloadLinks = (files: string[]) =>
    files.map((href) => `<link rel="modulepreload" href="${href}" nonce="__CSP_NONCE__" />`).join('\n    ');

  const launchBundles = await writeLaunchBundles({
    importMap,
    portalFiles: portalPreload,
    portalEntry: `/shell/${shellManifest['shell/src/portal.tsx']!.file}`,
    webapps: webappsWithPreload.map((webapp) => ({
      name: webapp.name,
      entry: imports[webapp.specifier]!,
      files: webapp.preload,
    })),
  });

  const html = readFileSync(`${ROOT}shell/index.html`, 'utf8')
    .replace(
      '<!--klinik:importmap-->',
      `<script type="importmap" nonce="__CSP_NONCE__">${JSON.stringify(importMap)}</script>`,
    )
    .replace('<!--klinik:boot-css-->', `<style nonce="__CSP_NONCE__">${bootCss()}</style>`)
    .replace(
      '<!--klinik:webapps-->',
      [
        `<script type="application/json" id="klinik-webapps">${JSON.stringify(webappsWithPreload)}</script>`,
        `<script type="application/json" id="klinik-portal-preload">${JSON.stringify(portalPreload)}</script>`,
        `<script type="application/json" id="klinik-launch-bundles">${JSON.stringify(launchBundles)}</script>`,
      ].join('\n    '),
    )
    .replace(
      '<!--klinik:entry-->',
      `<script type="module" src="/shell/${shellEntry}" nonce="__CSP_NONCE__"></script>`,
    );
  writeFileSync(`${DIST}/index.html`, html.replace('<!--klinik:preload-->', preloadLinks(entryPreload)));
}

/**
 * One launch bundle for the home page and one for each webapp (see launch-bundles.ts): the portal's
 * files and, for a webapp, its own and the shared files it needs beyond the portal's.
 */
async function writeLaunchBundles(input: {
  importMap: ImportMap;
  portalFiles: string[];
  portalEntry: string;
  webapps: Array<{ name: string; entry: string; files: string[] }>;
}): Promise<Record<string, LaunchBundle>> {
  rmSync(`${DIST}${BUNDLE_DIR}`, { recursive: true, force: true });
  const site = {
    dist: DIST,
    importMap: input.importMap,
    sharedEntries: new Set(sharedModuleUrls().values()),
  };
  const bundles: Record<string, LaunchBundle> = {
    [HOME_LAUNCH_BUNDLE]: await writeLaunchBundle(
      { name: HOME_LAUNCH_BUNDLE, files: input.portalFiles, entries: [input.portalEntry] },
      site,
    ),
  };
  for (const webapp of input.webapps) {
    bundles[webapp.name] = await writeLaunchBundle(
      {
        name: webapp.name,
        files: [...input.portalFiles, ...webapp.files],
        entries: [input.portalEntry, webapp.entry],
      },
      site,
    );
  }
  return bundles;
}

/**
 * The boot message's styles, in the page: a stylesheet of its own would be one more request before
 * the entry may run (a script waits for the stylesheets above it).
 */
const bootCss = () =>
  readFileSync(`${ROOT}shell/boot.css`, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
