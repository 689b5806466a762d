import { existsSync } from 'node:fs';
import { build } from 'vite';
import { compose } from './build/compose.ts';
import { readWebappManifest, ROOT } from './build/manifest.ts';

/** Builds every deployable target with the one vite.config.ts, then composes dist/. */
const started = performance.now();
const webapps = readWebappManifest();
const missing = webapps.filter((webapp) => !existsSync(`${ROOT}webapps/${webapp.name}/src/index.ts`));
if (missing.length)
  throw new Error(`Manifest lists webapps without a folder: ${missing.map((w) => w.name).join(', ')}`);

for (const mode of ['shared', 'shell', ...webapps.map((webapp) => `webapp-${webapp.name}`)]) {
  const t0 = performance.now();
  await build({ root: ROOT, mode, logLevel: 'warn' });
  console.log(`built ${mode} in ${Math.round(performance.now() - t0)} ms`);
}
await compose();
console.log(`dist/ composed in ${Math.round(performance.now() - started)} ms`);
