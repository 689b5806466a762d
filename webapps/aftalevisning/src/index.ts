import { createWebappLifecycles } from '@klinik/shared';
import { prefetchFirstScreen } from './api/queries.ts';

/** single-spa lifecycles of Aftalevisning; its routes load lazily on first mount. */
export const { bootstrap, mount, unmount } = createWebappLifecycles({
  name: 'aftalevisning',
  loadRoutes: () => import('./routes.tsx'),
  prefetch: prefetchFirstScreen,
});
