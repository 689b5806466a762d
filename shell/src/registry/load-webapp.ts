import type { AppProps, LifeCycles } from 'single-spa';
import type { WebappManifestEntry, WebappProps } from '@klinik/shared';
import type { ComposedWebapp } from '../config.ts';
import { inLaunchBundle } from './launch-bundle.ts';
import { preloadModules } from './preload.ts';
import { webappFailures } from './webapp-errors.ts';

type WebappLifeCycles = LifeCycles<WebappProps>;

const OVERRIDE_PREFIX = 'klinik:import-map-override:';

/** Development and demo: `localStorage['klinik:import-map-override:@klinik/aim'] = 'http://127.0.0.1:5174/index.js'`. */
export function overrideFor(specifier: string): string | null {
  return localStorage.getItem(OVERRIDE_PREFIX + specifier);
}

/**
 * The URL to import: the import map's for the specifier, imported by URL so that a launch bundle's
 * import map (launch-bundle.ts) can point it at the bundle. A retry adds `?attempt=n`, because the
 * browser keeps a failed module fetch for the page's lifetime.
 */
function webappUrl(entry: WebappManifestEntry, attempt: number, allowOverrides: boolean): string {
  const override = allowOverrides ? overrideFor(entry.specifier) : null;
  const url = new URL(override ?? import.meta.resolve(entry.specifier), window.location.href);
  if (attempt > 0) url.searchParams.set('attempt', String(attempt));
  return url.href;
}

const noop = async () => undefined;
const emptyLifecycles: WebappLifeCycles = { bootstrap: noop, mount: noop, unmount: noop };

/**
 * Wraps a webapp's lifecycles so that a throw in bootstrap or mount becomes an error panel in the
 * shell, never a broken single-spa app: a broken app could not be retried without a reload.
 */
function guard(entry: WebappManifestEntry, app: WebappLifeCycles): WebappLifeCycles {
  const call = (lifecycle: WebappLifeCycles['mount'], props: WebappProps & AppProps) =>
    Promise.all((Array.isArray(lifecycle) ? lifecycle : [lifecycle]).map((fn) => fn(props)));
  let broken = false;
  return {
    async bootstrap(props) {
      try {
        if (app.bootstrap) await call(app.bootstrap, props);
      } catch (error) {
        broken = true;
        webappFailures.report(entry.name, { phase: 'mount', error });
      }
    },
    async mount(props) {
      if (broken) return;
      try {
        await call(app.mount, props);
      } catch (error) {
        broken = true;
        webappFailures.report(entry.name, { phase: 'mount', error });
        props.domElement.replaceChildren();
      }
    },
    async unmount(props) {
      if (broken) return;
      try {
        await call(app.unmount, props);
      } catch (error) {
        console.error(`[klinik] webapp ${entry.name} failed to unmount`, error);
      }
      props.domElement.replaceChildren();
    },
  };
}

export async function loadWebapp(
  entry: ComposedWebapp,
  attempt: number,
  allowOverrides: boolean,
): Promise<WebappLifeCycles> {
  if (!(allowOverrides && overrideFor(entry.specifier)) && !inLaunchBundle(entry.name))
    preloadModules(entry.preload ?? []);
  try {
    const module = (await import(
      /* @vite-ignore */ webappUrl(entry, attempt, allowOverrides)
    )) as Partial<WebappLifeCycles>;
    if (typeof module.mount !== 'function' || typeof module.unmount !== 'function') {
      throw new Error(`${entry.specifier} does not export single-spa lifecycles`);
    }
    return guard(entry, module as WebappLifeCycles);
  } catch (error) {
    webappFailures.report(entry.name, { phase: 'load', error });
    return emptyLifecycles;
  }
}
