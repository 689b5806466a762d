import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WebappManifestEntry } from '../../shared/src/webapp/manifest.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Where builds go; KLINIK_DIST_DIR lets parallel work build and serve without touching each other's. */
export const DIST = process.env.KLINIK_DIST_DIR ? resolve(process.env.KLINIK_DIST_DIR) : `${ROOT}dist`;

export function readWebappManifest(): WebappManifestEntry[] {
  return JSON.parse(readFileSync(`${ROOT}webapps/manifest.json`, 'utf8')) as WebappManifestEntry[];
}

interface ViteManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type ViteManifest = Record<string, ViteManifestChunk>;

export function readViteManifest(outDir: string): ViteManifest {
  return JSON.parse(readFileSync(`${outDir}/.vite/manifest.json`, 'utf8')) as ViteManifest;
}

/** Entry name → output file, for a target's build. */
export function entryFiles(outDir: string): Map<string, string> {
  const manifest = readViteManifest(outDir);
  return new Map(
    Object.values(manifest)
      .filter((chunk) => chunk.isEntry && chunk.name)
      .map((chunk) => [chunk.name!, chunk.file]),
  );
}

/** Every file an entry statically pulls in (its chunk imports, transitively), as manifest keys are resolved. */
export function staticClosure(manifest: ViteManifest, file: string): string[] {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, chunk }]));
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const key of byFile.get(f)?.chunk.imports ?? []) {
      const next = manifest[key];
      if (next) visit(next.file);
    }
  };
  visit(file);
  return [...seen];
}

/** The import map compose writes: shared modules and webapps, and the per-consumer MUI barrels as scopes. */
export interface ImportMap {
  imports: Record<string, string>;
  scopes: Record<string, Record<string, string>>;
}

/** What `specifier` resolves to when the module at `url` imports it, as a browser resolves it. */
export function resolveBare(map: ImportMap, specifier: string, url: string): string | undefined {
  const scope = Object.keys(map.scopes)
    .filter((prefix) => url.startsWith(prefix) && map.scopes[prefix]![specifier])
    .sort((a, b) => b.length - a.length)[0];
  return scope ? map.scopes[scope]![specifier] : map.imports[specifier];
}
