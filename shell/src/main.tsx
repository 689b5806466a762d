import { createRoot } from 'react-dom/client';
import { navigateToUrl, start } from 'single-spa';
import { createPlspClient, localeStore, unwrap, type PatientInContext } from '@klinik/shared';
import { runHandoff } from './auth/handoff.ts';
import { createSession } from './auth/session.ts';
import { readConfig, readWebapps, type ShellConfig } from './config.ts';
import { ShellApp } from './layout/ShellApp.tsx';
import { ShellProviders } from './layout/ShellProviders.tsx';
import { HandoffErrorPage, LoggedOutPage } from './layout/StandalonePage.tsx';
import { notify } from './layout/notifications.tsx';
import type { PatientState } from './layout/TopBar.tsx';
import { registerWebapps } from './registry/register-webapps.ts';
import type { HandoffOutcome } from './auth/handoff.ts';

/**
 * The single-spa root config. It only composes: handoff, session, frame, and the webapps from the
 * manifest; everything a webapp does happens in the webapp.
 */
const root = createRoot(document.getElementById('klinik-root')!, { identifierPrefix: 'shell-' });
const render = (page: React.ReactNode) => root.render(<ShellProviders>{page}</ShellProviders>);

async function startPortal(config: ShellConfig, outcome: Extract<HandoffOutcome, { kind: 'signed-in' }>) {
  const allWebapps = readWebapps();
  const session = createSession(outcome.userManager, outcome.user);
  const api = createPlspClient({
    baseUrl: config.apiBaseUrl,
    getAccessToken: session.getAccessToken,
    onSessionExpired: session.expire,
  });
  const webapps = allWebapps.filter((webapp) => webapp.roles.includes(session.user.role));
  const draw = (patient: PatientState) =>
    render(
      <ShellApp session={session} api={api} webapps={webapps} allWebapps={allWebapps} patient={patient} />,
    );

  draw({ status: 'loading' });
  let patient: PatientInContext | null = null;
  try {
    patient = (await unwrap(api.GET('/launch-context'))).patient ?? null;
    draw({ status: 'ready', patient });
  } catch {
    draw({ status: 'error' });
  }

  registerWebapps(
    webapps,
    {
      user: session.user,
      clinic: session.clinic,
      patient,
      getAccessToken: session.getAccessToken,
      api,
      navigate: navigateToUrl,
      notify,
    },
    config.allowImportMapOverrides,
  );
  start({ urlRerouteOnly: true });
}

async function boot() {
  document.documentElement.lang = localeStore.get();
  const config = readConfig();
  const outcome = await runHandoff(config);
  if (outcome.kind === 'signed-in') await startPortal(config, outcome);
  else if (outcome.kind === 'logged-out') render(<LoggedOutPage />);
  else if (outcome.kind === 'error') render(<HandoffErrorPage code={outcome.code} detail={outcome.detail} />);
  // 'redirecting': the boot message stays until the browser leaves.
}

void boot();
