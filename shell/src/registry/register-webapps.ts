import { registerApplication, unloadApplication } from 'single-spa';
import type { KlinikContext, WebappProps } from '@klinik/shared';
import type { ComposedWebapp } from '../config.ts';
import { loadWebapp } from './load-webapp.ts';
import { isUnder } from './webapp-routes.ts';
import { webappFailures } from './webapp-errors.ts';

export const WEBAPP_OUTLET_ID = 'klinik-webapp-outlet';

/** Each webapp mounts into its own container inside the shell's outlet, created on first mount. */
function containerFor(name: string): HTMLElement {
  const id = `single-spa-application:${name}`;
  const existing = document.getElementById(id);
  if (existing) return existing;
  const container = document.createElement('div');
  container.id = id;
  document.getElementById(WEBAPP_OUTLET_ID)?.appendChild(container);
  return container;
}

const attempts = new Map<string, number>();

/**
 * Registers the webapps this user may open. `context()` is what every webapp receives as props; it is
 * read at mount, after `contextReady`, which is awaited in parallel with loading the webapp's code.
 */
export function registerWebapps(
  webapps: ComposedWebapp[],
  context: () => Omit<KlinikContext, 'basePath'>,
  contextReady: Promise<unknown>,
  allowOverrides: boolean,
): void {
  for (const entry of webapps) {
    registerApplication({
      name: entry.name,
      app: async () => {
        const [lifecycles] = await Promise.all([
          loadWebapp(entry, attempts.get(entry.name) ?? 0, allowOverrides),
          contextReady,
        ]);
        return lifecycles;
      },
      activeWhen: (location) => isUnder(location.pathname, entry.route),
      customProps: (): WebappProps => ({
        ...context(),
        basePath: entry.route,
        domElement: containerFor(entry.name),
      }),
    });
  }
}

/** Loads a failed webapp again, from a fresh URL. */
export async function retryWebapp(name: string): Promise<void> {
  attempts.set(name, (attempts.get(name) ?? 0) + 1);
  webappFailures.clear(name);
  await unloadApplication(name);
}
