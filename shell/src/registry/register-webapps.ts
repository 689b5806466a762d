import { registerApplication, unloadApplication } from 'single-spa';
import type { ShellContext, WebappProps } from '@klinik/shared';
import type { ComposedWebapp } from '../config.ts';
import { loadWebapp } from './load-webapp.ts';
import { isUnder, webappAt } from './webapp-routes.ts';
import { webappFailures } from './webapp-errors.ts';

export const WEBAPP_OUTLET_ID = 'klinik-webapp-outlet';

/**
 * Each webapp mounts into its own container inside the shell's outlet, created on first use. One asked
 * for before the frame is drawn (a webapp may load before it) waits detached until the outlet adopts it.
 */
const containers = new Map<string, HTMLElement>();
function containerFor(name: string): HTMLElement {
  let container = containers.get(name);
  if (!container) {
    container = document.createElement('div');
    container.id = `single-spa-application:${name}`;
    containers.set(name, container);
  }
  adoptContainers(document.getElementById(WEBAPP_OUTLET_ID));
  return container;
}

/** The outlet's ref: puts every webapp container in it. */
export function adoptContainers(outlet: HTMLElement | null): void {
  if (!outlet) return;
  for (const container of containers.values())
    if (container.parentElement !== outlet) outlet.append(container);
}

const attempts = new Map<string, number>();

/**
 * Registers the webapps this user may open, each with `context` as its props. A webapp bootstraps (and
 * prefetches) as soon as its code is there; the launch context, with the patient, comes through
 * `context.launchContext()`, which the webapp's mount waits for. Resolves once the webapp on screen,
 * if any, has loaded its code or failed to (single-spa bootstraps it in the same round of microtasks).
 */
export function registerWebapps(
  webapps: ComposedWebapp[],
  context: Omit<ShellContext, 'basePath'>,
  allowOverrides: boolean,
): Promise<void> {
  const onScreen = webappAt(webapps, window.location.pathname);
  let onScreenLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (onScreenLoaded = resolve));
  if (!onScreen) onScreenLoaded();
  for (const entry of webapps) {
    registerApplication({
      name: entry.name,
      app: async () => {
        const lifecycles = await loadWebapp(entry, attempts.get(entry.name) ?? 0, allowOverrides);
        if (entry === onScreen) onScreenLoaded();
        return lifecycles;
      },
      activeWhen: (location) => isUnder(location.pathname, entry.route),
      customProps: (): WebappProps => ({
        ...context,
        basePath: entry.route,
        domElement: containerFor(entry.name),
      }),
    });
  }
  return loaded;
}

/** Loads a failed webapp again, from a fresh URL. */
export async function retryWebapp(name: string): Promise<void> {
  attempts.set(name, (attempts.get(name) ?? 0) + 1);
  webappFailures.clear(name);
  await unloadApplication(name);
}
