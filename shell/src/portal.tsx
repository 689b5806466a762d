import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { navigateToUrl, start } from 'single-spa';
import {
  createPlspClient,
  localeStore,
  unwrap,
  type FirstResponses,
  type LaunchContext,
} from '@klinik/shared';
import { createSession } from './auth/session.ts';
import { readWebapps, type ShellConfig } from './config.ts';
import { ShellApp } from './layout/ShellApp.tsx';
import { ShellProviders } from './layout/ShellProviders.tsx';
import { notify } from './layout/notifications.tsx';
import type { PatientState } from './layout/TopBar.tsx';
import { LAUNCH_CONTEXT_PATH } from './registry/first-requests.ts';
import { registerWebapps } from './registry/register-webapps.ts';
import type { HandoffOutcome } from './auth/handoff.ts';

/**
 * The single-spa root config, loaded by the entry (main.ts) once the handoff has an outcome. It only
 * composes: session, frame, and the webapps from the manifest; everything a webapp does happens in
 * the webapp.
 */
const root = createRoot(document.getElementById('klinik-root')!, { identifierPrefix: 'shell-' });
const render = (page: React.ReactNode) => root.render(<ShellProviders>{page}</ShellProviders>);

async function startPortal(
  config: ShellConfig,
  outcome: Extract<HandoffOutcome, { kind: 'signed-in' }>,
  firstResponses: FirstResponses | undefined,
) {
  const allWebapps = readWebapps();
  const session = createSession(outcome.userManager, outcome.user);
  const api = createPlspClient({
    baseUrl: config.apiBaseUrl,
    timeoutMs: config.apiTimeoutMs,
    getAccessToken: session.getAccessToken,
    onSessionExpired: session.expire,
    firstResponses,
  });
  const webapps = allWebapps.filter((webapp) => webapp.roles.includes(session.user.role));
  const draw = (patient: PatientState) =>
    render(
      <ShellApp session={session} api={api} webapps={webapps} allWebapps={allWebapps} patient={patient} />,
    );

  // Fetched once and shared with the webapps, which load and prefetch meanwhile (they mount once it
  // is there); a failed fetch is forgotten, so that a webapp's retry fetches again.
  let launchContext: Promise<LaunchContext> | undefined;
  const loadLaunchContext = () =>
    (launchContext ??= unwrap(api.GET(LAUNCH_CONTEXT_PATH)).catch((error: unknown) => {
      launchContext = undefined;
      throw error;
    }));
  const patient = loadLaunchContext().then(
    ({ patient }): PatientState => ({ status: 'ready', patient: patient ?? null }),
    (): PatientState => ({ status: 'error' }),
  );

  const webappOnScreenLoaded = registerWebapps(
    webapps,
    {
      user: session.user,
      clinic: session.clinic,
      launchContext: loadLaunchContext,
      getAccessToken: session.getAccessToken,
      api,
      navigate: navigateToUrl,
      notify,
    },
    config.allowImportMapOverrides,
  );
  start({ urlRerouteOnly: true });
  // The frame's first render is about 70 ms of main thread: the webapp on screen, whose code is
  // preloaded (about 25 ms to load on a warm launch), sends its first queries before it. A webapp
  // still downloading (cold) or stalled does not hold the frame (and its error panel) back.
  await Promise.race([webappOnScreenLoaded, new Promise((resolve) => setTimeout(resolve, 50))]);
  draw({ status: 'loading' });
  // The patient chip is drawn at a lower priority than the webapp, which mounts at the same moment.
  const launched = await patient;
  startTransition(() => draw(launched));
}

export function showPortal(
  config: ShellConfig,
  outcome: Exclude<HandoffOutcome, { kind: 'redirecting' }>,
  /** The launch's first requests, sent by the entry with the token (see first-requests.ts). */
  firstResponses?: FirstResponses,
) {
  document.documentElement.lang = localeStore.get();
  if (outcome.kind === 'signed-in') return void startPortal(config, outcome, firstResponses);
  // Rare pages, loaded when needed; until then the boot message stays on screen.
  void import('./layout/StandalonePage.tsx').then(({ HandoffErrorPage, LoggedOutPage }) =>
    render(
      outcome.kind === 'logged-out' ? (
        <LoggedOutPage />
      ) : (
        <HandoffErrorPage code={outcome.code} detail={outcome.detail} />
      ),
    ),
  );
}
