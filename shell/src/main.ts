import { pendingReturnTo, runHandoff, safeReturnTo } from './auth/handoff.ts';
import { readConfig, readPortalPreload, readWebapps } from './config.ts';
import { preloadModules } from './registry/preload.ts';
import { webappAt } from './registry/webapp-routes.ts';

/**
 * The shell's entry: the handoff first, with only oidc-client-ts evaluated, so `/launch` sends the
 * browser on to the provider at once. Everywhere else the portal (React, MUI) and the webapp the
 * user is going to start loading at the same moment, in parallel with the token exchange.
 */
const config = readConfig();
const { pathname } = window.location;
const webappFiles = (path: string) =>
  webappAt(readWebapps(), new URL(path, window.location.href).pathname)?.preload ?? [];
const destination =
  pathname === '/launch'
    ? safeReturnTo(new URLSearchParams(window.location.search).get('intent'))
    : pathname === '/auth/callback'
      ? pendingReturnTo()
      : pathname;
const filesAhead = [...readPortalPreload(), ...webappFiles(destination)];
const loadPortal = () => {
  preloadModules(filesAhead);
  return import('./portal.tsx');
};
// /launch only redirects: it fetches for the callback page instead, during the provider's redirects.
if (pathname === '/launch') preloadModules(filesAhead, 'prefetch');
const portal = pathname === '/launch' ? null : loadPortal();
const outcome = await runHandoff(config);
// Now the address is the one the user wanted (the hint above may have guessed wrong).
if (outcome.kind === 'signed-in') preloadModules(webappFiles(window.location.pathname));
// 'redirecting': the boot message stays until the browser leaves.
if (outcome.kind !== 'redirecting') (await (portal ?? loadPortal())).showPortal(config, outcome);
