import type { WebappManifestEntry } from '@klinik/shared';

/**
 * Run-time configuration, injected into index.html by the server (see README "Pointing the shell at a
 * real issuer and real APIs"), so one build runs against the demo provider or a real one.
 */
export interface ShellConfig {
  /** The allow-list: a launch's `iss` must be one of these, or the handoff stops. */
  issuers: Array<{ issuer: string; clientId: string }>;
  /** Base URL of the PLSP API, e.g. `/api/v1`. */
  apiBaseUrl: string;
  /** How long a PLSP request may take before the user is told (default 10 s). */
  apiTimeoutMs?: number;
  /** Development and demo only: lets localStorage point a webapp's specifier at another URL. */
  allowImportMapOverrides: boolean;
}

function readJson<T>(id: string): T {
  const element = document.getElementById(id);
  if (!element?.textContent) throw new Error(`index.html lacks #${id}`);
  return JSON.parse(element.textContent) as T;
}

/** A manifest entry as composed into index.html: with the files its first load needs. */
export interface ComposedWebapp extends WebappManifestEntry {
  preload?: string[];
}

/**
 * A launch's files as one bundle (written by compose, scripts/build/launch-bundles.ts), for the home
 * page (`home`) and for each webapp by name.
 */
export interface LaunchBundle {
  /** The bundle: the portal and the webapp import straight from it. */
  file: string;
  /** Each file the bundle holds → the bundle or a facade that re-exports that file from it. */
  imports: Record<string, string>;
}

/** The launch bundle of a launch that lands on the home page, not in a webapp. */
export const HOME_LAUNCH_BUNDLE = 'home';

export const readConfig = (): ShellConfig => readJson<ShellConfig>('klinik-config');
export const readWebapps = (): ComposedWebapp[] => readJson<ComposedWebapp[]>('klinik-webapps');
export const readPortalPreload = (): string[] => readJson<string[]>('klinik-portal-preload');
export const readLaunchBundles = (): Record<string, LaunchBundle> =>
  readJson<Record<string, LaunchBundle>>('klinik-launch-bundles');
