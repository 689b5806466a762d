import { createWebappLifecycles } from '@klinik/shared';

/** single-spa lifecycles of Klinikbeskeder; its routes load lazily on first mount. */
export const { bootstrap, mount, unmount } = createWebappLifecycles({
  name: 'klinikbeskeder',
  loadRoutes: () => import('./routes.tsx'),
});
