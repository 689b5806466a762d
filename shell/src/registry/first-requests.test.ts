import { delay, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createPlspClient, unwrap } from '@klinik/shared';
import { mintToken, requestedPaths, server } from '../../../shared/testing/msw.ts';
import { TEST_API_BASE } from '../../../shared/testing/render.tsx';
import { LAUNCH_CONTEXT_PATH, sendFirstRequests } from './first-requests.ts';

let requests: string[] = [];
beforeEach(() => {
  requests = requestedPaths();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const clientTaking = (
  firstResponses: ReturnType<typeof sendFirstRequests>,
  getAccessToken = vi.fn(async () => mintToken()),
  timeoutMs?: number,
) =>
  createPlspClient({
    baseUrl: TEST_API_BASE,
    getAccessToken,
    onSessionExpired: vi.fn(),
    firstResponses,
    timeoutMs,
  });

describe('sendFirstRequests', () => {
  it('sends the launch context and each path once with the token; the client takes them instead of fetching', async () => {
    const first = sendFirstRequests(TEST_API_BASE, await mintToken(), ['/specialties', '/specialties']);
    const getAccessToken = vi.fn(async () => mintToken());
    const api = clientTaking(first, getAccessToken);

    const specialties = await unwrap(api.GET('/specialties'));
    const launch = await unwrap(api.GET(LAUNCH_CONTEXT_PATH));

    expect(specialties.items.length).toBeGreaterThan(10);
    expect(launch.clinic.ydernummer).toBe('990011');
    expect(requests.sort()).toEqual(['/api/v1/launch-context', '/api/v1/specialties']);
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('gives each response once: the next call fetches fresh data', async () => {
    const api = clientTaking(sendFirstRequests(TEST_API_BASE, await mintToken(), ['/specialties']));
    await unwrap(api.GET('/specialties'));
    await unwrap(api.GET('/specialties'));
    expect(requests.sort()).toEqual(['/api/v1/launch-context', '/api/v1/specialties', '/api/v1/specialties']);
  });

  it('cancels a request nobody took within 10 s, so a late screen fetches fresh data itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = sendFirstRequests(TEST_API_BASE, await mintToken(), ['/specialties']);
    vi.advanceTimersByTime(10_001);
    vi.useRealTimers();
    const api = clientTaking(first);
    const specialties = await unwrap(api.GET('/specialties'));
    expect(specialties.items.length).toBeGreaterThan(10);
    expect(requests.sort()).toEqual(['/api/v1/launch-context', '/api/v1/specialties', '/api/v1/specialties']);
  });

  it('retries a first request the API refuses with a renewed token, as any other request', async () => {
    const getAccessToken = vi.fn(async () => mintToken());
    const api = clientTaking(
      sendFirstRequests(TEST_API_BASE, 'not-a-token', ['/specialties']),
      getAccessToken,
    );
    const specialties = await unwrap(api.GET('/specialties'));
    expect(specialties.items.length).toBeGreaterThan(10);
    expect(getAccessToken).toHaveBeenCalledWith({ forceRefresh: true });
    expect(requests.sort()).toEqual(['/api/v1/launch-context', '/api/v1/specialties', '/api/v1/specialties']);
  });

  it("aborts a first request at the client's time limit, as a request sent then would be", async () => {
    server.use(http.get('*/api/v1/specialties', () => delay('infinite')));
    const api = clientTaking(
      sendFirstRequests(TEST_API_BASE, await mintToken(), ['/specialties']),
      undefined,
      50,
    );
    const failure = await unwrap(api.GET('/specialties')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('timeout');
  });
});
