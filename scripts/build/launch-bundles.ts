import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import type { LaunchBundle } from '../../shell/src/config.ts';
import { resolveBare, type ImportMap } from './manifest.ts';

/**
 * Launch bundles: what a launch fetches before its first webapp shows data, as one file per landing
 * (the home page and each webapp), written by compose from the independently built files.
 *
 * Why: on a cold launch the separate files cost time by their number, not their bytes
 * (scripts/bench/FINDINGS.md). Nothing is rebuilt for a bundle, so a webapp is still built and
 * deployed on its own: deploying it re-runs compose, which bundles again.
 *
 * One instance of every module: the bundle keeps every export of every file it holds, and each held
 * file gets a facade that re-exports them from the bundle. The shell adds an import map that points
 * each held file's URL at its facade (registry/launch-bundle.ts), so a webapp opened later, loaded
 * from its own files, imports React and everything else the launch brought from the bundle. The
 * portal's file and the webapp's entry get no facade: the bundle exports them under their own names
 * and the map points them straight at it, so the launch fetches one file. Shared entry files (what bare specifiers name) are not
 * remapped, as a bare specifier resolves in one step; they hold no code of their own (checked
 * here), only re-exports of the chunks, so a later copy of one is harmless.
 */
export interface Landing {
  /** `home` or the webapp's name. */
  name: string;
  /** URLs of the files the launch would otherwise load. */
  files: string[];
  /** Of those, what the shell imports by URL: the portal's file and, for a webapp, its entry. */
  entries: string[];
}

export interface BundleSite {
  dist: string;
  importMap: ImportMap;
  /** URLs of the shared entry files (bare specifiers' targets). */
  sharedEntries: Set<string>;
}

/** Where the bundles go, under the site root. */
export const BUNDLE_DIR = '/launch-bundles';
const VIRTUAL_ENTRY = '\0klinik-launch-entry';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The names a built ES module exports (rolldown's output has only `export {…}` lists). */
export function exportedNames(code: string): string[] {
  const names: string[] = [];
  for (const node of parseAst(code).body) {
    if (node.type === 'ExportAllDeclaration' || (node.type === 'ExportNamedDeclaration' && node.declaration))
      throw new Error(`Unexpected ${node.type} in a built file`);
    if (node.type === 'ExportDefaultDeclaration') names.push('default');
    if (node.type !== 'ExportNamedDeclaration') continue;
    for (const { exported } of node.specifiers) {
      const name = exported.type === 'Identifier' ? exported.name : String(exported.value);
      if (!IDENTIFIER.test(name)) throw new Error(`Export "${name}" is not an identifier`);
      names.push(name);
    }
  }
  return names;
}

/** Whether a built file only imports and re-exports: then it holds no state of its own. */
const onlyReexports = (code: string) =>
  parseAst(code).body.every(
    (node) =>
      node.type === 'ImportDeclaration' || (node.type === 'ExportNamedDeclaration' && !node.declaration),
  );

/** The URL (path from the site root) an import in the file at `importerUrl` names. */
function urlOf(specifier: string, importerUrl: string, importMap: ImportMap): string | undefined {
  if (specifier.startsWith('/')) return specifier;
  if (specifier.startsWith('./') || specifier.startsWith('../'))
    return new URL(specifier, `http://site${importerUrl}`).pathname;
  return resolveBare(importMap, specifier, importerUrl);
}

/** `export { a as m3$a, … }`: file `index`'s exports under names unique in the bundle, and back. */
const renamed = (index: number, names: string[], back = false) =>
  names.map((name) => (back ? `m${index}$${name} as ${name}` : `${name} as m${index}$${name}`)).join(', ');

/**
 * Bundles one landing's files into `BUNDLE_DIR/<name>-<hash>.js`, writes the facades beside it, and
 * returns what the shell needs to use it.
 */
export async function writeLaunchBundle(landing: Landing, site: BundleSite): Promise<LaunchBundle> {
  const { dist, importMap, sharedEntries } = site;
  const held = new Set(landing.files);
  const exportsOf = landing.files.map((url) => {
    const code = readFileSync(`${dist}${url}`, 'utf8');
    if (sharedEntries.has(url) && !onlyReexports(code))
      throw new Error(`${url} is a shared entry with code of its own: a later copy would run it twice`);
    return exportedNames(code);
  });
  // The entries under their own names (the shell imports them by URL, mapped to the bundle); every
  // other file under names unique in the bundle, for its facade.
  const entryExports = new Set<string>();
  const entryCode = landing.files
    .map((url, index) => {
      const from = JSON.stringify(dist + url);
      const names = exportsOf[index]!;
      if (!names.length) return `import ${from};`;
      if (!landing.entries.includes(url)) return `export { ${renamed(index, names)} } from ${from};`;
      for (const name of names) {
        if (entryExports.has(name)) throw new Error(`Two entries of ${landing.name} export ${name}`);
        entryExports.add(name);
      }
      return `export { ${names.join(', ')} } from ${from};`;
    })
    .join('\n');

  const build = await rolldown({
    input: VIRTUAL_ENTRY,
    plugins: [
      {
        name: 'klinik-launch-bundle',
        resolveId(specifier, importer) {
          if (specifier === VIRTUAL_ENTRY) return specifier;
          const importerUrl = importer?.startsWith(dist) ? importer.slice(dist.length) : '/';
          const url = specifier.startsWith(dist)
            ? specifier.slice(dist.length)
            : urlOf(specifier, importerUrl, importMap);
          if (!url) throw new Error(`${importerUrl} imports "${specifier}", which the import map lacks`);
          // Not held: loaded before the bundle (the shell's entry), or later by a lazy import.
          return held.has(url) ? `${dist}${url}` : { id: url, external: true };
        },
        load: (id) => (id === VIRTUAL_ENTRY ? entryCode : undefined),
      },
    ],
    makeAbsoluteExternalsRelative: false,
  });
  const { output } = await build.write({
    dir: `${dist}${BUNDLE_DIR}`,
    format: 'es',
    entryFileNames: `${landing.name}-[hash].js`,
    codeSplitting: false,
    minify: true,
  });
  await build.close();

  const bundle = `${BUNDLE_DIR}/${output[0].fileName}`;
  const facadeDir = bundle.replace(/\.js$/, '');
  mkdirSync(`${dist}${facadeDir}`, { recursive: true });
  const imports: Record<string, string> = {};
  landing.files.forEach((url, index) => {
    if (sharedEntries.has(url)) return;
    if (landing.entries.includes(url)) return void (imports[url] = bundle);
    const facade = `${facadeDir}/${basename(url)}`;
    if (Object.values(imports).includes(facade)) throw new Error(`Two held files are named ${facade}`);
    const names = exportsOf[index]!;
    const from = JSON.stringify(bundle);
    writeFileSync(
      `${dist}${facade}`,
      names.length ? `export { ${renamed(index, names, true)} } from ${from};\n` : `import ${from};\n`,
    );
    imports[url] = facade;
  });
  return { file: bundle, imports };
}
