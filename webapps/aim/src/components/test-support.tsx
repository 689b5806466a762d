import { renderWebapp } from '../../../../shared/testing/render.tsx';
import routes from '../routes.tsx';

/** AIM's routes under /aim against the real mock API, as the doctor of the largest clinic unless told otherwise. */
export const openAim = (path = '/', options: Parameters<typeof renderWebapp>[1] = {}) =>
  renderWebapp(routes, { basePath: '/aim', path, ...options });

export const SLOW = { timeout: 20_000 } as const;

/** For tests that render a whole population or every database: jsdom is slow on a loaded 2-core CI machine. */
export const HEAVY = 60_000;
