import { createWebappLifecycles } from '@klinik/shared';

/** single-spa lifecycles of AIM; its routes load lazily on first mount. */
export const { bootstrap, mount, unmount } = createWebappLifecycles({
  name: 'aim',
  loadRoutes: () => import('./routes.tsx'),
});
