import type { WebappManifestEntry } from '@klinik/shared';
import { isUnder, webappAt } from '../registry/webapp-routes.ts';
import { subscribeToLocation } from './location.ts';

/**
 * Where the user last was inside each webapp in this tab: the navigation returns there, so a search
 * or filter is still in place after a look at another webapp.
 */
const KEY = 'klinik:last-location:';

/** Records every address change, outside React: a filter written to the URL re-renders nothing here. */
export function rememberWebappLocations(webapps: WebappManifestEntry[]): () => void {
  const record = () => {
    const current = webappAt(webapps, window.location.pathname);
    if (current)
      sessionStorage.setItem(KEY + current.name, window.location.pathname + window.location.search);
  };
  record();
  return subscribeToLocation(record);
}

/** A webapp's link: back to where the user was in it, or, from inside it, to its start. */
export function webappHref(webapp: WebappManifestEntry, pathname: string): string {
  if (isUnder(pathname, webapp.route)) return webapp.route;
  return sessionStorage.getItem(KEY + webapp.name) ?? webapp.route;
}
