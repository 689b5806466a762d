import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { withRouteErrors } from './routes.tsx';

/**
 * The router part of a webapp root, loaded when the first webapp mounts: the shell itself has no
 * routes, so react-router stays out of the JavaScript it needs to draw the home page.
 */
export function createWebappRouter(routes: RouteObject[], basename: string) {
  const router = createBrowserRouter(withRouteErrors(routes), { basename });
  return { router, element: <RouterProvider router={router} /> };
}
