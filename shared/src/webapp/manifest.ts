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
}
