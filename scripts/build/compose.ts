import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { DIST, entryFiles, readViteManifest, readWebappManifest, ROOT, staticClosure } from './manifest.ts';
import { bareImports } from './bare-imports.ts';
import { SHARED_INDEX_FILE } from './shared-modules.ts';

/**
 * Composes a deployment from independently built targets: writes the import map and index.html.
 * Redeploying one webapp = rebuild it and run this again; the shell is not rebuilt.
 */
export function compose(): void {
  const sharedEntries = entryFiles(`${DIST}/shared`);
  const sharedIndex = JSON.parse(readFileSync(`${DIST}/shared/${SHARED_INDEX_FILE}`, 'utf8')) as Record<
    string,
    string
  >;
  const imports: Record<string, string> = {};
  for (const [specifier, entryName] of Object.entries(sharedIndex)) {
    const file = sharedEntries.get(entryName);
    if (!file) throw new Error(`The shared build has no entry for ${specifier}`);
    imports[specifier] = `/shared/${file}`;
  }
  const webapps = readWebappManifest();
  for (const webapp of webapps) {
    const file = entryFiles(`${DIST}/webapps/${webapp.name}`).get('index');
    if (!file) throw new Error(`Webapp ${webapp.name} has no built entry`);
    imports[webapp.specifier] = `/webapps/${webapp.name}/${file}`;
  }
  const importMap = { imports };
  writeFileSync(`${DIST}/importmap.json`, JSON.stringify(importMap, null, 2));

  const shellEntry = entryFiles(`${DIST}/shell`).get('main');
  if (!shellEntry) throw new Error('The shell has no built entry');
  // Preload the shell and everything it needs before it can render, to avoid a request waterfall.
  const shellFiles = staticClosure(readViteManifest(`${DIST}/shell`), shellEntry).map((f) => `/shell/${f}`);
  const sharedManifest = readViteManifest(`${DIST}/shared`);
  const shellShared = [
    ...new Set(shellFiles.flatMap((f) => bareImports(readFileSync(`${DIST}${f}`, 'utf8')))),
  ];
  const sharedFiles = shellShared.flatMap((specifier) => {
    const file = imports[specifier]?.slice('/shared/'.length);
    return file ? staticClosure(sharedManifest, file).map((f) => `/shared/${f}`) : [];
  });
  const preload = [...new Set([...shellFiles, ...sharedFiles])]
    .map((href) => `<link rel="modulepreload" href="${href}" nonce="__CSP_NONCE__" />`)
    .join('\n    ');

  const html = readFileSync(`${ROOT}shell/index.html`, 'utf8')
    .replace(
      '<!--klinik:importmap-->',
      `<script type="importmap" nonce="__CSP_NONCE__">${JSON.stringify(importMap)}</script>`,
    )
    .replace('<!--klinik:preload-->', preload)
    .replace(
      '<!--klinik:webapps-->',
      `<script type="application/json" id="klinik-webapps">${JSON.stringify(webapps)}</script>`,
    )
    .replace(
      '<!--klinik:entry-->',
      `<script type="module" src="/shell/${shellEntry}" nonce="__CSP_NONCE__"></script>`,
    );
  writeFileSync(`${DIST}/index.html`, html);
  copyFileSync(`${ROOT}shell/boot.css`, `${DIST}/shell/boot.css`);
}
