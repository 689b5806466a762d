import type { LaunchBundle } from '../config.ts';
import { isRemapped, pageNonce, preloadModules } from './preload.ts';

/** The launch bundle this page loaded, by its name (`home` or a webapp's). */
let installed: string | undefined;

/**
 * Loads this page's portal and first webapp from their launch bundle (compose writes one for the home
 * page and one per webapp: scripts/build/launch-bundles.ts). An import map added now points every
 * file the bundle holds at its facade, so the shell's `import('./portal.tsx')`, the webapp's import
 * and a shared chunk imported by a webapp opened later all resolve to the one bundle: one file on the
 * launch's path instead of two dozen, and still one instance of every module.
 *
 * Browsers that merge a second import map (Chromium 133+, Safari 18.4+) take it; elsewhere it is
 * ignored, nothing resolves to the bundle, and this returns false: the page loads the separate files.
 */
export function installLaunchBundle(name: string, bundle: LaunchBundle | undefined): boolean {
  if (!bundle) return false;
  const map = document.createElement('script');
  map.type = 'importmap';
  map.nonce = pageNonce();
  map.textContent = JSON.stringify({ imports: bundle.imports });
  document.head.append(map);
  if (!Object.keys(bundle.imports).every(isRemapped)) return false;
  installed = name;
  preloadModules([bundle.file]);
  return true;
}

/** Whether the launch bundle holds this webapp: its own list of files to preload is then void. */
export const inLaunchBundle = (webapp: string): boolean => installed === webapp;
