import { afterEach, expect, it, vi } from 'vitest';
import { createQueryClient } from '@klinik/shared';
import { server } from '../../../../shared/testing/msw.ts';
import { createTestContext } from '../../../../shared/testing/render.tsx';
import manifest from '../../../manifest.json';
import { prefetchFirstScreen } from './queries.ts';

let requests: string[] = [];
const record = ({ request }: { request: Request }) => void requests.push(new URL(request.url).pathname);
afterEach(() => {
  server.events.removeListener('request:start', record);
});

it('asks for every request the manifest lets the shell send first, so none of those responses is wasted', async () => {
  requests = [];
  server.events.on('request:start', record);
  const queryClient = createQueryClient();
  prefetchFirstScreen(createTestContext(), queryClient);

  const declared = manifest.find((webapp) => webapp.name === 'soeg-speciallaege')?.firstRequests ?? [];
  expect(declared.length).toBeGreaterThan(0);
  await vi.waitFor(() =>
    expect(requests).toEqual(expect.arrayContaining(declared.map((path) => `/api/v1${path}`))),
  );
});
