import { createWebappLifecycles } from '@klinik/shared';

/** single-spa lifecycles of Ydelsesoverblik; its routes load lazily on first mount. */
export const { bootstrap, mount, unmount } = createWebappLifecycles({
  name: 'ydelsesoverblik',
  loadRoutes: () => import('./routes.tsx'),
});
