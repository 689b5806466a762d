import { pendingReturnTo, runHandoff } from './auth/handoff.ts';
import {
  HOME_LAUNCH_BUNDLE,
  readConfig,
  readLaunchBundles,
  readPortalPreload,
  readWebapps,
} from './config.ts';
import { sendFirstRequests } from './registry/first-requests.ts';
import { inLaunchBundle, installLaunchBundle } from './registry/launch-bundle.ts';
import { preloadModules } from './registry/preload.ts';
import { webappAt } from './registry/webapp-routes.ts';
import { launchBundlesDeclined, showStartFailure } from './start-failure.ts';

/**
 * The shell's entry: the handoff first, with only oidc-client-ts evaluated, so `/launch` sends the
 * browser on to the provider at once. Everywhere else the portal (React, MUI) and the webapp the
 * user is going to start loading at the same moment, in parallel with the token exchange, and the
 * launch's first API requests leave as soon as the token is there (registry/first-requests.ts).
 * They load as one launch bundle where the browser can (registry/launch-bundle.ts), otherwise as
 * the separate files, preloaded in one round.
 */
const config = readConfig();
const { pathname } = window.location;
const webappFor = (path: string) => webappAt(readWebapps(), new URL(path, window.location.href).pathname);
const destination = pathname === '/auth/callback' ? pendingReturnTo() : pathname;
// Not on /launch, which only redirects: fetching there too (even as a prefetch for the callback
// page) was measured to slow the redirect more than it saved.
const loadPortal = () => {
  const webapp = webappFor(destination);
  const bundle = webapp?.name ?? HOME_LAUNCH_BUNDLE;
  if (launchBundlesDeclined() || !installLaunchBundle(bundle, readLaunchBundles()[bundle]))
    preloadModules([...readPortalPreload(), ...(webapp?.preload ?? [])]);
  return import('./portal.tsx');
};
const portal = pathname === '/launch' ? null : loadPortal();
// Its failure is taken below, once the handoff has an outcome; not an unhandled rejection meanwhile.
portal?.catch(() => undefined);
const outcome = await runHandoff(config);
// Now the address is the one the user wanted (the hint above may have guessed wrong).
const landing = outcome.kind === 'signed-in' ? webappFor(window.location.pathname) : undefined;
const firstResponses =
  outcome.kind === 'signed-in'
    ? sendFirstRequests(config.apiBaseUrl, outcome.user.access_token, landing?.firstRequests ?? [])
    : undefined;
if (landing && !inLaunchBundle(landing.name)) preloadModules(landing.preload ?? []);
// 'redirecting': the boot message stays until the browser leaves.
if (outcome.kind !== 'redirecting') {
  const loaded = await (portal ?? loadPortal()).catch((error: unknown) => void showStartFailure(error));
  loaded?.showPortal(config, outcome, firstResponses);
}
