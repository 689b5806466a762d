import { runHandoff } from './auth/handoff.ts';
import { readConfig, readPortalPreload, readWebapps } from './config.ts';
import { preloadModules } from './registry/preload.ts';
import { webappAt } from './registry/webapp-routes.ts';

/**
 * The shell's entry: the handoff first, with only oidc-client-ts evaluated, so `/launch` sends the
 * browser on to the provider at once. Everywhere else the portal (React, MUI, the webapps) starts
 * loading at the same moment, in parallel with the token exchange.
 */
const config = readConfig();
const loadPortal = () => {
  preloadModules(readPortalPreload());
  return import('./portal.tsx');
};
const portal = window.location.pathname === '/launch' ? null : loadPortal();
const outcome = await runHandoff(config);
if (outcome.kind === 'signed-in') {
  // Now the address is the one the user wanted: fetch its webapp while the portal starts.
  const active = webappAt(readWebapps(), window.location.pathname);
  preloadModules(active?.preload ?? []);
}
// 'redirecting': the boot message stays until the browser leaves.
if (outcome.kind !== 'redirecting') (await (portal ?? loadPortal())).showPortal(config, outcome);
