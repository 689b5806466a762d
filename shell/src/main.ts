import { pendingReturnTo, runHandoff } from './auth/handoff.ts';
import { readConfig, readPortalPreload, readWebapps } from './config.ts';
import { sendFirstRequests } from './registry/first-requests.ts';
import { preloadModules } from './registry/preload.ts';
import { webappAt } from './registry/webapp-routes.ts';

/**
 * The shell's entry: the handoff first, with only oidc-client-ts evaluated, so `/launch` sends the
 * browser on to the provider at once. Everywhere else the portal (React, MUI) and the webapp the
 * user is going to start loading at the same moment, in parallel with the token exchange, and the
 * launch's first API requests leave as soon as the token is there (registry/first-requests.ts).
 */
const config = readConfig();
const { pathname } = window.location;
const webappFor = (path: string) => webappAt(readWebapps(), new URL(path, window.location.href).pathname);
const destination = pathname === '/auth/callback' ? pendingReturnTo() : pathname;
// Not on /launch, which only redirects: fetching there too (even as a prefetch for the callback
// page) was measured to slow the redirect more than it saved.
const loadPortal = () => {
  preloadModules([...readPortalPreload(), ...(webappFor(destination)?.preload ?? [])]);
  return import('./portal.tsx');
};
const portal = pathname === '/launch' ? null : loadPortal();
const outcome = await runHandoff(config);
// Now the address is the one the user wanted (the hint above may have guessed wrong).
const landing = outcome.kind === 'signed-in' ? webappFor(window.location.pathname) : undefined;
const firstResponses =
  outcome.kind === 'signed-in'
    ? sendFirstRequests(config.apiBaseUrl, outcome.user.access_token, landing?.firstRequests ?? [])
    : undefined;
if (landing) preloadModules(landing.preload ?? []);
// 'redirecting': the boot message stays until the browser leaves.
if (outcome.kind !== 'redirecting')
  (await (portal ?? loadPortal())).showPortal(config, outcome, firstResponses);
