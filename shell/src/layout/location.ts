import { useSyncExternalStore } from 'react';

/** The current path, updated on every single-spa routing event (which includes pushState). */
export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener('single-spa:routing-event', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('single-spa:routing-event', listener);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribeToLocation, () => window.location.pathname);
}
