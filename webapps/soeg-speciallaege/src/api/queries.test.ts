import { expect, it, vi } from 'vitest';
import { createQueryClient } from '@klinik/shared';
import { requestedPaths } from '../../../../shared/testing/msw.ts';
import { createTestContext } from '../../../../shared/testing/render.tsx';
import manifest from '../../../manifest.json';
import { prefetchFirstScreen } from './queries.ts';

it('asks for every request the manifest lets the shell send first, so none of those responses is wasted', async () => {
  const requests = requestedPaths();
  const queryClient = createQueryClient();
  prefetchFirstScreen(createTestContext(), queryClient);

  const declared = manifest.find((webapp) => webapp.name === 'soeg-speciallaege')?.firstRequests ?? [];
  expect(declared.length).toBeGreaterThan(0);
  await vi.waitFor(() =>
    expect(requests).toEqual(expect.arrayContaining(declared.map((path) => `/api/v1${path}`))),
  );
});
