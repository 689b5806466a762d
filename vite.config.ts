/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, esmExternalRequirePlugin, type UserConfig } from 'vite';
import { readWebappManifest } from './scripts/build/manifest.ts';
import { moduleListPlugin } from './scripts/build/module-list-plugin.ts';
import { muiBarrelImports } from './scripts/build/mui-imports.ts';
import { sharedChunkGroups } from './scripts/build/shared-chunks.ts';
import {
  SHARED_EXTERNALS,
  sharedBuildPlugin,
  sharedConsumers,
  sharedInputs,
  sharedModules,
} from './scripts/build/shared-modules.ts';

/**
 * One config, one mode per deployable target (see README "Architecture"):
 *   --mode shared          React, MUI, emotion, router, query, recharts and @klinik/shared as ES modules
 *   --mode shell           the single-spa root config, with the shared modules external
 *   --mode webapp-<name>   one webapp, with the shared modules external
 * Without a build mode (vitest, editors) it resolves everything from source.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const sharedAlias = [
  { find: /^@klinik\/shared$/, replacement: `${root}shared/src/index.ts` },
  { find: /^@klinik\/shared\/claims$/, replacement: `${root}shared/src/auth/claims.ts` },
  { find: /^@klinik\/shared\/routing$/, replacement: `${root}shared/src/webapp/routing.ts` },
];
const distRoot = process.env.KLINIK_DIST_DIR ?? 'dist';

function sharedBuild(): UserConfig {
  const modules = sharedModules(root);
  const webapps = readWebappManifest().map((webapp) => webapp.name);
  return {
    plugins: [sharedBuildPlugin(modules)],
    resolve: { alias: sharedAlias },
    // Relative, like the others: lazy chunks (and their preloads) resolve against /shared/.
    base: './',
    build: {
      outDir: `${distRoot}/shared`,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      modulePreload: false,
      rolldownOptions: {
        input: sharedInputs(root, modules),
        // Keep every export of every entry: webapps built later may use any of them.
        preserveEntrySignatures: 'strict',
        // MUI marks its modules 'use client' for React Server Components; meaningless in this bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: sharedChunkGroups(sharedConsumers(root, modules, webapps)),
        },
      },
    },
  };
}

function externalBuild(input: string, outDir: string): UserConfig {
  return {
    plugins: [
      muiBarrelImports(),
      react(),
      esmExternalRequirePlugin({ external: SHARED_EXTERNALS }),
      moduleListPlugin(),
    ],
    // Relative base: lazy chunks and CSS resolve against the entry's own URL, wherever it is deployed.
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      // Compose lists what each lazy import needs (the shell preloads it), and a launch bundle holds
      // the files themselves: Vite's own preload lists would fetch the separate files a second time.
      modulePreload: false,
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
}

/** The benchmark's baseline: the first webapp as one plain single-page app, everything bundled. */
function plainBuild(): UserConfig {
  return {
    root: `${root}scripts/bench/plain`,
    base: '/plain/',
    plugins: [react()],
    resolve: { alias: sharedAlias },
    html: { cspNonce: '__CSP_NONCE__' },
    build: { outDir: resolve(root, distRoot, 'plain'), emptyOutDir: true, target: 'es2022' },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'shared') return sharedBuild();
  if (mode === 'plain') return plainBuild();
  if (mode === 'shell') return externalBuild(`${root}shell/src/main.ts`, `${distRoot}/shell`);
  if (mode.startsWith('webapp-')) {
    const name = mode.slice('webapp-'.length);
    return externalBuild(`${root}webapps/${name}/src/index.ts`, `${distRoot}/webapps/${name}`);
  }
  return {
    plugins: [react()],
    resolve: { alias: sharedAlias },
    test: {
      environment: 'jsdom',
      setupFiles: ['shared/testing/setup.ts'],
      include: ['{shell,shared,webapps,mocks,scripts}/**/*.test.{ts,tsx}'],
      pool: 'threads',
      maxWorkers: 2,
      // jsdom draws thousands of rows slowly on 2 cores; speed is the benchmark's job, not a test's.
      testTimeout: 30_000,
    },
  };
});
