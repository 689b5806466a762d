import CssBaseline from '@mui/material/CssBaseline';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import {
  createPlspClient,
  createQueryClient,
  unwrap,
  WebappProviders,
  type FirstResponses,
} from '@klinik/shared';
import { withRouteErrors } from '../../../shared/src/webapp/routes.tsx';
import type { HandoffOutcome } from '../../../shell/src/auth/handoff.ts';
import { createSession } from '../../../shell/src/auth/session.ts';
import type { ShellConfig } from '../../../shell/src/config.ts';
import { LAUNCH_CONTEXT_PATH } from '../../../shell/src/registry/first-requests.ts';
import { prefetchFirstScreen } from '../../../webapps/soeg-speciallaege/src/api/queries.ts';
import routes from '../../../webapps/soeg-speciallaege/src/routes.tsx';

/**
 * The benchmark's baseline: the first webapp built as one plain single-page app (no shell, no
 * single-spa, no import map), with the same handoff and the same data. Klinik+ / plain is the price
 * of the micro-frontend architecture. Never deployed.
 */
const BASE = '/plain';
const root = createRoot(document.getElementById('root')!);

export async function showApp(
  config: ShellConfig,
  outcome: HandoffOutcome,
  firstResponses: FirstResponses | undefined,
) {
  if (outcome.kind !== 'signed-in') return;
  const session = createSession(outcome.userManager, outcome.user);
  const api = createPlspClient({
    baseUrl: config.apiBaseUrl,
    getAccessToken: session.getAccessToken,
    onSessionExpired: session.expire,
    firstResponses,
  });
  // As the shell does: the same prefetch while the launch context loads, and one shared fetch of it.
  const launchContext = unwrap(api.GET(LAUNCH_CONTEXT_PATH));
  const shellContext = {
    user: session.user,
    clinic: session.clinic,
    launchContext: () => launchContext,
    getAccessToken: session.getAccessToken,
    api,
    navigate: (path: string) => window.history.pushState(null, '', path),
    notify: () => undefined,
    basePath: `${BASE}/soeg-speciallaege`,
  };
  const queryClient = createQueryClient();
  prefetchFirstScreen(shellContext, queryClient);
  const context = { ...shellContext, patient: (await launchContext).patient ?? null };
  const router = createBrowserRouter(withRouteErrors(routes), { basename: context.basePath });
  root.render(
    <WebappProviders name="plain" context={context} queryClient={queryClient}>
      {/* The baseline the shell gives every webapp (body, fonts): the webapp looks the same here. */}
      <CssBaseline />
      <main id="single-spa-application:soeg-speciallaege">
        <RouterProvider router={router} />
      </main>
    </WebappProviders>,
  );
}
