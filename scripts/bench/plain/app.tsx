import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createPlspClient, createQueryClient, unwrap, WebappProviders } from '@klinik/shared';
import { withRouteErrors } from '../../../shared/src/webapp/routes.tsx';
import type { HandoffOutcome } from '../../../shell/src/auth/handoff.ts';
import { createSession } from '../../../shell/src/auth/session.ts';
import type { ShellConfig } from '../../../shell/src/config.ts';
import { prefetchFirstScreen } from '../../../webapps/soeg-speciallaege/src/api/queries.ts';
import routes from '../../../webapps/soeg-speciallaege/src/routes.tsx';

/**
 * The benchmark's baseline: the first webapp built as one plain single-page app (no shell, no
 * single-spa, no import map), with the same handoff and the same data. Klinik+ / plain is the price
 * of the micro-frontend architecture. Never deployed.
 */
const BASE = '/plain';
const root = createRoot(document.getElementById('root')!);

export async function showApp(config: ShellConfig, outcome: HandoffOutcome) {
  if (outcome.kind !== 'signed-in') return;
  const session = createSession(outcome.userManager, outcome.user);
  const api = createPlspClient({
    baseUrl: config.apiBaseUrl,
    getAccessToken: session.getAccessToken,
    onSessionExpired: session.expire,
  });
  // As the shell does: the same prefetch while the launch context loads, and one shared fetch of it.
  const launchContext = unwrap(api.GET('/launch-context'));
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
      <main id="single-spa-application:soeg-speciallaege">
        <RouterProvider router={router} />
      </main>
    </WebappProviders>,
  );
}
