import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { SHARED_INDEX_FILE, scopedSpecifier } from './shared-modules.ts';

/**
 * Composes a deployment from independently built targets: writes the import map and index.html.
 * Redeploying one webapp = rebuild it and run this again; the shell is not rebuilt.
 */
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

export function compose(): void {
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
  // them (not on /launch, which only redirects).
  const entryPreload = withShared(staticClosure(shellManifest, shellEntry).map((f) => `/shell/${f}`));
  const lazyClosure = (manifest: ViteManifest, entry: string, prefix: string) => {
    const chunk = Object.values(manifest).find((c) => c.file === entry);
    const lazy = (chunk?.dynamicImports ?? []).map((key) => manifest[key]!.file);
    return [entry, ...lazy].flatMap((file) => staticClosure(manifest, file)).map((f) => `${prefix}${f}`);
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

  const bootCss = writeBootCss();
  const html = readFileSync(`${ROOT}shell/index.html`, 'utf8')
    .replace(
      '<!--klinik:importmap-->',
      `<script type="importmap" nonce="__CSP_NONCE__">${JSON.stringify(importMap)}</script>`,
    )
    .replace('/shell/boot.css', `/shell/${bootCss}`)
    .replace(
      '<!--klinik:webapps-->',
      [
        `<script type="application/json" id="klinik-webapps">${JSON.stringify(webappsWithPreload)}</script>`,
        `<script type="application/json" id="klinik-portal-preload">${JSON.stringify(portalPreload)}</script>`,
      ].join('\n    '),
    )
    .replace(
      '<!--klinik:entry-->',
      `<script type="module" src="/shell/${shellEntry}" nonce="__CSP_NONCE__"></script>`,
    );
  writeFileSync(`${DIST}/index.html`, html.replace('<!--klinik:preload-->', preloadLinks(entryPreload)));
  // The login's way back has a page of its own, with the portal's files preloaded in the markup: the
  // browser fetches them while it parses, not after the entry has run (a step of its own on a cold
  // launch). A host with directory indexes serves it at /auth/callback; one without falls back to
  // index.html, where the entry preloads the same files itself.
  mkdirSync(`${DIST}/auth/callback`, { recursive: true });
  writeFileSync(
    `${DIST}/auth/callback/index.html`,
    html.replace('<!--klinik:preload-->', preloadLinks([...entryPreload, ...portalPreload])),
  );
}

/** The boot message's styles under a content-hashed name, so the server may let browsers keep it. */
function writeBootCss(): string {
  const css = readFileSync(`${ROOT}shell/boot.css`);
  const name = `boot-${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
  writeFileSync(`${DIST}/shell/${name}`, css);
  return name;
}
