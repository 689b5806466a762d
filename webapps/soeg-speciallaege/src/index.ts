import { createWebappLifecycles } from '@klinik/shared';
import { prefetchFirstScreen } from './api/queries.ts';

/** single-spa lifecycles of Søg speciallæge; its routes load lazily on first mount. */
export const { bootstrap, mount, unmount } = createWebappLifecycles({
  name: 'soeg-speciallaege',
  loadRoutes: () => import('./routes.tsx'),
  prefetch: prefetchFirstScreen,
});
