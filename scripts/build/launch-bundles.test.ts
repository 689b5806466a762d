// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedNames, writeLaunchBundle, type BundleSite } from './launch-bundles.ts';

/** A tiny composed site in the shape the builds write: built ES modules with `export {…}` lists. */
function site(files: Record<string, string>): BundleSite {
  const dist = mkdtempSync(join(tmpdir(), 'klinik-launch-'));
  for (const [url, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, url)), { recursive: true });
    writeFileSync(join(dist, url), code);
  }
  return {
    dist,
    importMap: { imports: { lib: '/shared/lib-B1.js' }, scopes: {} },
    sharedEntries: new Set(['/shared/lib-B1.js']),
  };
}

const FILES = {
  // A shared chunk with state: a later webapp must reach this very counter, not a copy.
  '/shared/chunks/core-A1.js': 'let n=0;const COUNTER_CODE=()=>++n;export{COUNTER_CODE as t};',
  '/shared/lib-B1.js': 'export{t as bump}from"./chunks/core-A1.js";',
  // The shell's entry imports this; it is loaded before any bundle.
  '/shell/chunks/boot-C1.js': 'const e=1;export{e as t};',
  '/shell/chunks/portal-D1.js':
    'import{bump as e}from"lib";import{t as o}from"./boot-C1.js";const n=()=>e()+o;export{n as showPortal};',
  '/webapps/w/index-E1.js':
    'import{bump as e}from"lib";const m=async()=>(await import("./chunks/routes-F1.js")).r(e());export{m as mount};',
  '/webapps/w/chunks/routes-F1.js': 'const r=(x)=>x;export{r};',
};
const LANDING = {
  name: 'w',
  files: [
    '/shell/chunks/portal-D1.js',
    '/shared/chunks/core-A1.js',
    '/shared/lib-B1.js',
    '/webapps/w/index-E1.js',
    '/webapps/w/chunks/routes-F1.js',
  ],
  entries: ['/shell/chunks/portal-D1.js', '/webapps/w/index-E1.js'],
};

describe('writeLaunchBundle', () => {
  it('holds every file once and points each held file at the bundle or a facade of it', async () => {
    const input = site(FILES);
    const bundle = await writeLaunchBundle(LANDING, input);
    expect(bundle.file).toMatch(/^\/launch-bundles\/w-[\w-]{8}\.js$/);
    const code = readFileSync(`${input.dist}${bundle.file}`, 'utf8');
    expect(code.split('++').length - 1).toBe(1);
    // What the shell imports by URL comes straight from the bundle, under its own names.
    expect(bundle.imports['/shell/chunks/portal-D1.js']).toBe(bundle.file);
    expect(bundle.imports['/webapps/w/index-E1.js']).toBe(bundle.file);
    expect(exportedNames(code)).toEqual(expect.arrayContaining(['showPortal', 'mount']));
    // Loaded before the bundle: left an import. A bare specifier's file: not remapped.
    expect(code).toContain('"/shell/chunks/boot-C1.js"');
    expect(Object.keys(bundle.imports)).not.toContain('/shell/chunks/boot-C1.js');
    expect(Object.keys(bundle.imports)).not.toContain('/shared/lib-B1.js');
    // Every other held file: a facade with exactly the file's exports, from the bundle.
    for (const url of ['/shared/chunks/core-A1.js', '/webapps/w/chunks/routes-F1.js']) {
      const facade = readFileSync(`${input.dist}${bundle.imports[url]}`, 'utf8');
      expect(facade).toContain(`from "${bundle.file}"`);
      expect(exportedNames(facade)).toEqual(exportedNames(FILES[url as keyof typeof FILES]));
    }
  });

  it('refuses a shared entry with code of its own, which a later copy would run again', async () => {
    const input = site({ ...FILES, '/shared/lib-B1.js': 'let s=0;export{s as state};' });
    await expect(writeLaunchBundle(LANDING, input)).rejects.toThrow(/shared entry with code/);
  });

  it('refuses two entries that export the same name', async () => {
    const input = site({ ...FILES, '/webapps/w/index-E1.js': 'const n=1;export{n as showPortal};' });
    await expect(writeLaunchBundle(LANDING, input)).rejects.toThrow(/export showPortal/);
  });
});
