// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAuth } from '../testing/tokens.ts';
import { createApiAdapter } from './api-adapter.ts';

/** The same handlers over real HTTP, as the demo server and Playwright use them. */
let server: Server;
let base: string;
let mintToken: Awaited<ReturnType<typeof createTestAuth>>['mintToken'];

beforeAll(async () => {
  const auth = await createTestAuth();
  mintToken = auth.mintToken;
  const adapter = createApiAdapter({ verifyAccessToken: auth.verifyAccessToken });
  server = createServer(
    (req, res) => void adapter(req, res).then((handled) => handled || res.writeHead(404).end()),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const setFault = (body: object) =>
  fetch(`${base}/__mock/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the mock API over HTTP', () => {
  it('serves the handlers with no-store and the bearer check', async () => {
    const response = await fetch(`${base}/api/v1/status`, {
      headers: { Authorization: `Bearer ${await mintToken()}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect((await fetch(`${base}/api/v1/status`)).status).toBe(401);
  });

  it('drops the connection for the drop fault, and the server keeps serving', async () => {
    expect((await setFault({ api: 'status', fault: 'drop' })).status).toBe(200);
    const token = await mintToken();
    await expect(
      fetch(`${base}/api/v1/status`, { headers: { Authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
    const state = await (await fetch(`${base}/__mock/faults`)).json();
    expect(state.faults).toEqual([{ api: 'status', fault: 'drop' }]);
    await fetch(`${base}/__mock/reset`, { method: 'POST' });
    expect(
      (await fetch(`${base}/api/v1/status`, { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
  });

  it('rejects an unknown fault or API, and allows the simulator origin (CORS)', async () => {
    expect((await setFault({ api: 'status', fault: 'explode' })).status).toBe(400);
    expect((await setFault({ api: 'nowhere', fault: '500' })).status).toBe(400);
    const preflight = await fetch(`${base}/__mock/faults`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
