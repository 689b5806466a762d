import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Consumers } from './shared-chunks.ts';
import { MUI_BARREL, MUI_COMPONENT } from './mui-imports.ts';
import { sourceImports, type SourceImports } from './source-imports.ts';

/**
 * The modules loaded once per page and shared by the shell and every webapp through the import map.
 * Webapps are built with these as externals, so there is exactly one React, ReactDOM, MUI and emotion.
 *
 * MUI is shared as one barrel per consumer: the shell and each webapp import `@mui/material`, which
 * the import map resolves, per consumer (a scope), to a file that re-exports just the components it
 * uses (see mui-imports.ts). The shell then loads only the components it draws, a webapp fetches the
 * extra ones it uses when it is first opened, and neither fetches a file per component.
 */
interface SharedModule {
  /** CommonJS-only package: `export *` yields no named exports, so the facade lists them. */
  cjs?: boolean;
  /** Source entry for our own modules; packages are re-exported by a generated facade. */
  source?: string;
  /** Needed by the shell's entry on every page, /launch included: kept apart from the portal's code. */
  boot?: boolean;
  /**
   * Re-export only what the source tree imports, so the bundler can leave out the rest (most of
   * react-router is data-router and server code no webapp uses). Filled in by `sharedModules`.
   */
  curated?: boolean;
  names?: string[];
  /** A consumer's MUI barrel: `export { default as Name } from '@mui/material/Name'` for each. */
  components?: string[];
}

const STATIC_MODULES: Record<string, SharedModule> = {
  react: { cjs: true },
  'react/jsx-runtime': { cjs: true },
  'react-dom': { cjs: true },
  'react-dom/client': { cjs: true },
  '@emotion/react': {},
  '@emotion/styled': {},
  '@emotion/cache': {},
  // @mui/icons-material deep-imports this; icons themselves are bundled by whoever draws them.
  '@mui/material/SvgIcon': {},
  '@mui/material/styles': { curated: true },
  'react-router': { curated: true },
  '@tanstack/react-query': { curated: true },
  recharts: { curated: true },
  '@klinik/shared': { source: 'shared/src/index.ts' },
  // The handoff's claims and scopes alone: the shell's entry redirects to the provider with this
  // and oidc-client-ts, before React or MUI are evaluated.
  '@klinik/shared/claims': { source: 'shared/src/auth/claims.ts', boot: true },
  // Webapp hooks that need react-router: loaded with it when the first webapp mounts, not by the shell.
  '@klinik/shared/routing': { source: 'shared/src/webapp/routing.ts' },
};

/** What a built shell or webapp may import bare: these, resolved by the import map. */
export const SHARED_EXTERNALS: string[] = [...Object.keys(STATIC_MODULES), MUI_BARREL];

/**
 * The shared module key of a consumer's MUI barrel (`@mui/material~aim`), and back. A key without a
 * consumer is the barrel of every component, for what no scope covers (import map overrides).
 */
export const muiBarrelKey = (consumer: string) => `${MUI_BARREL}~${consumer}`;
export function scopedSpecifier(key: string): { specifier: string; consumer?: string } {
  const [specifier, consumer] = key.split('~') as [string, string | undefined];
  return consumer ? { specifier, consumer } : { specifier };
}

const scanned = new Map<string, SourceImports>();
/** What the source under `dir` imports (tests excluded), read once per build. */
function importsUnder(dir: string): SourceImports {
  if (!scanned.has(dir)) scanned.set(dir, sourceImports([dir]));
  return scanned.get(dir)!;
}

/** The shell and every webapp, by the name their MUI barrel takes, with their folders. */
const consumers = (root: string): Array<[name: string, dir: string]> => [
  ['shell', 'shell'],
  ...readdirSync(join(root, 'webapps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [entry.name, `webapps/${entry.name}`]),
];
/** All that imports shared modules: the consumers and the shared code. */
const consumerDirs = (root: string) => [...consumers(root).map(([, dir]) => dir), 'shared/src'];

const componentsOf = (found: SourceImports) =>
  [...found.keys()]
    .filter((specifier) => MUI_COMPONENT.test(specifier))
    .map((specifier) => specifier.slice(`${MUI_BARREL}/`.length))
    .sort();

/** All shared modules for a build of the tree at `root`. */
export function sharedModules(root: string): Record<string, SharedModule> {
  const imports = consumerDirs(root).map((dir) => importsUnder(join(root, dir)));
  const namesOf = (specifier: string) => [
    ...new Set(imports.flatMap((found) => [...(found.get(specifier) ?? [])])),
  ];
  const curated = Object.entries(STATIC_MODULES).map(([specifier, mod]) => [
    specifier,
    mod.curated ? { ...mod, names: namesOf(specifier).sort() } : mod,
  ]);
  const barrels = consumers(root).map(([name, dir]): [string, SharedModule] => [
    muiBarrelKey(name),
    { components: componentsOf(importsUnder(join(root, dir))) },
  ]);
  const everyComponent = [...new Set(barrels.flatMap(([, mod]) => mod.components ?? []))].sort();
  return Object.fromEntries([...curated, ...barrels, [MUI_BARREL, { components: everyComponent }]]);
}

/**
 * The shared entries (as the shared build's module ids) the shell and each webapp import, for
 * grouping the shared build's chunks by who loads them. JSX imports the runtime implicitly.
 */
export function sharedConsumers(
  root: string,
  modules: Record<string, SharedModule>,
  webapps: string[],
): Consumers {
  const entriesOf = (consumer: string, dir: string) =>
    [...importsUnder(join(root, dir)).keys(), 'react/jsx-runtime', muiBarrelKey(consumer)]
      .filter((key) => modules[key])
      .map((key) => sharedEntryId(root, key, modules[key]!));
  return {
    boot: Object.entries(modules)
      .filter(([, mod]) => mod.boot)
      .map(([specifier, mod]) => sharedEntryId(root, specifier, mod)),
    shell: entriesOf('shell', 'shell'),
    webapps: Object.fromEntries(webapps.map((name) => [name, entriesOf(name, `webapps/${name}`)])),
  };
}

/** `react-dom/client` → `react-dom__client`: a file name that says which specifier it serves. */
export function sharedFileName(specifier: string): string {
  return specifier.replace(/^@/, '').replace(/\//g, '__');
}

const FACADE_PREFIX = '\0shared-facade:';
const require = createRequire(import.meta.url);

function facadeSource(specifier: string, mod: SharedModule, hasDefault: boolean): string {
  if (mod.components)
    return mod.components
      .map((name) => `export { default as ${name} } from '${MUI_BARREL}/${name}';`)
      .join('\n');
  if (mod.cjs) {
    const exported = require(specifier) as Record<string, unknown>;
    const names = Object.keys(exported).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
    return [
      `import * as m from ${JSON.stringify(specifier)};`,
      `const d = m.default ?? m;`,
      `export default d;`,
      ...names.map((n) => `export const ${n} = d.${n};`),
    ].join('\n');
  }
  const from = JSON.stringify(specifier);
  const reexportDefault = hasDefault ? `export { default } from ${from};` : '';
  if (mod.names && !mod.names.includes('*')) {
    const named = mod.names.filter((name) => name !== 'default');
    return `export { ${named.join(', ')} } from ${from};\n${mod.names.includes('default') ? reexportDefault : ''}`;
  }
  return `export * from ${from};\n${reexportDefault}`;
}

/** The file the shared build writes so compose can map every entry back to its specifier. */
export const SHARED_INDEX_FILE = 'shared-modules.json';
/** What each shared entry exports, so the budget check can prove every import finds its binding. */
export const SHARED_EXPORTS_FILE = '.vite/shared-exports.json';

/**
 * Resolves `shared-facade:<specifier>` inputs of the shared build to generated re-export modules,
 * and writes which entry serves which specifier.
 */
export function sharedBuildPlugin(modules: Record<string, SharedModule>): Plugin {
  return {
    name: 'klinik:shared-modules',
    resolveId(id) {
      return id.startsWith('shared-facade:') ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(FACADE_PREFIX)) return null;
      const specifier = id.slice(FACADE_PREFIX.length);
      const mod = modules[specifier];
      if (!mod) throw new Error(`Not a shared module: ${specifier}`);
      if (mod.cjs || mod.components) return facadeSource(specifier, mod, true);
      // The default export as the bundler sees the package (its ES build), not as Node would load it.
      const resolved = await this.resolve(specifier);
      const target = resolved && (await this.load({ id: resolved.id }));
      return facadeSource(specifier, mod, target?.exports.includes('default') ?? false);
    },
    generateBundle(_, bundle) {
      const index = Object.fromEntries(
        Object.keys(modules).map((specifier) => [specifier, sharedFileName(specifier)]),
      );
      this.emitFile({ type: 'asset', fileName: SHARED_INDEX_FILE, source: JSON.stringify(index, null, 2) });
      const exportsByName = new Map(
        Object.values(bundle).flatMap((out) =>
          out.type === 'chunk' && out.isEntry ? [[out.name, out.exports]] : [],
        ),
      );
      const exported = Object.fromEntries(
        Object.keys(modules).map((specifier) => [
          specifier,
          exportsByName.get(sharedFileName(specifier)) ?? [],
        ]),
      );
      this.emitFile({
        type: 'asset',
        fileName: SHARED_EXPORTS_FILE,
        source: JSON.stringify(exported, null, 1),
      });
    },
  };
}

const sharedEntryId = (root: string, specifier: string, mod: SharedModule) =>
  mod.source ? `${root}${mod.source}` : `${FACADE_PREFIX}${specifier}`;

/** Inputs of the shared build: one entry per specifier, named after it. */
export function sharedInputs(root: string, modules: Record<string, SharedModule>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(modules).map(([specifier, mod]) => [
      sharedFileName(specifier),
      mod.source ? `${root}${mod.source}` : `shared-facade:${specifier}`,
    ]),
  );
}
