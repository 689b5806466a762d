import { useEffect, useSyncExternalStore } from 'react';
import type { WebappManifestEntry } from '@klinik/shared';
import { isUnder } from '../registry/webapp-routes.ts';
import { subscribeToLocation } from './location.ts';

const KEY = 'klinik:last-location:';
const here = () => window.location.pathname + window.location.search;

/**
 * Where the user last was inside each webapp in this tab: the navigation returns there, so a search
 * or filter is still in place after a look at another webapp. The current webapp's own link goes to
 * its start.
 */
export function useWebappHref(webapps: WebappManifestEntry[]): (webapp: WebappManifestEntry) => string {
  const location = useSyncExternalStore(subscribeToLocation, here);
  const current = webapps.find((webapp) => isUnder(window.location.pathname, webapp.route));
  useEffect(() => {
    if (current) sessionStorage.setItem(KEY + current.name, location);
  }, [current, location]);
  return (webapp) =>
    webapp === current ? webapp.route : (sessionStorage.getItem(KEY + webapp.name) ?? webapp.route);
}
