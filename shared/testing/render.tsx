import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { createPlspClient, unwrap } from '../src/api/client.ts';
import type { Role } from '../src/auth/claims.ts';
import { createQueryClient, WebappProviders } from '../src/webapp/providers.tsx';
import { withRouteErrors } from '../src/webapp/routes.tsx';
import type { Clinic, KlinikContext, PatientInContext, SignedInUser } from '../src/webapp/context.ts';
import { mintToken } from './msw.ts';

/** The API base the tests' client uses; MSW answers it (patterns are `*\/api/v1/...`). */
export const TEST_API_BASE = 'http://localhost/api/v1';

export interface RenderWebappOptions {
  /** Path inside the webapp, e.g. `/` or `/diabetes?periode=12m`. */
  path?: string;
  basePath?: string;
  user?: Partial<SignedInUser>;
  clinic?: Partial<Clinic>;
  patient?: PatientInContext | null;
}

export interface RenderedWebapp extends RenderResult {
  context: KlinikContext;
  router: ReturnType<typeof createMemoryRouter>;
}

/**
 * What the shell gives a webapp, for tests: a typed client whose token is minted for the given user,
 * clinic and patient, against the MSW handlers.
 */
export function createTestContext(options: Omit<RenderWebappOptions, 'path'> = {}): KlinikContext {
  const user: SignedInUser = {
    id: 'mette.vinther@990011',
    name: 'Mette Vinther',
    role: 'doctor',
    sundhedsId: true,
    ...options.user,
  };
  const clinic: Clinic = {
    ydernummer: '990011',
    name: 'Lægerne Åboulevarden',
    regionCode: '1082',
    ...options.clinic,
  };
  const patient = options.patient ?? null;
  const getAccessToken = () =>
    mintToken({
      sub: user.id,
      name: user.name,
      role: user.role as Role,
      ydernummer: clinic.ydernummer,
      sundheds_id: user.sundhedsId,
      ...(patient ? { patient: patient.cpr } : {}),
    });
  const api = createPlspClient({ baseUrl: TEST_API_BASE, getAccessToken, onSessionExpired: vi.fn() });
  return {
    user,
    clinic,
    patient,
    launchContext: () => unwrap(api.GET('/launch-context')),
    getAccessToken,
    api,
    navigate: vi.fn(),
    notify: vi.fn(),
    basePath: options.basePath ?? '/webapp',
  };
}

/** Renders a webapp's routes inside the same providers the browser uses (see createTestContext). */
export function renderWebapp(routes: RouteObject[], options: RenderWebappOptions = {}): RenderedWebapp {
  const context = createTestContext(options);
  const { basePath } = context;
  const router = createMemoryRouter(withRouteErrors(routes), {
    initialEntries: [`${basePath}${options.path ?? '/'}`],
    basename: basePath,
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
  const result = render(
    <WebappProviders name="test" context={context} queryClient={queryClient}>
      <RouterProvider router={router} />
    </WebappProviders>,
  );
  return { ...result, context, router };
}
