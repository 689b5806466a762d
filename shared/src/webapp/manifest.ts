import type { PlspPaths } from '../api/client.ts';
import type { Role } from '../auth/claims.ts';
import type { Locale } from '../i18n/locale.ts';

/** One entry of `webapps/manifest.json`: how the shell registers, names and guards a webapp. */
export interface WebappManifestEntry {
  name: string;
  /** Route prefix, e.g. `/aim`. */
  route: string;
  /** Bare specifier resolved by the import map, e.g. `@klinik/aim`. */
  specifier: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Material Symbols name of the icon the shell shows. */
  icon: string;
  roles: Role[];
  /**
   * GETs without parameters that the first screen's prefetch asks for: on a launch into the webapp
   * the shell sends them with the token, before any code of the webapp has loaded.
   */
  firstRequests?: Array<keyof PlspPaths>;
}
