// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicPatients } from '../data/index.ts';
import { createTestAuth } from '../testing/tokens.ts';
import { createApiAdapter } from './api-adapter.ts';

/** The same handlers over real HTTP, as the demo server and Playwright use them. */
let server: Server;
let base: string;
let auth: Awaited<ReturnType<typeof createTestAuth>>;
const mintToken: typeof auth.mintToken = (claims) => auth.mintToken(claims);
const stateFile = join(mkdtempSync(join(tmpdir(), 'klinik-mock-')), 'state.json');

async function listen(adapter: ReturnType<typeof createApiAdapter>) {
  const http = createServer(
    (req, res) => void adapter(req, res).then((handled) => handled || res.writeHead(404).end()),
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  return { http, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

beforeAll(async () => {
  auth = await createTestAuth();
  ({ http: server, base } = await listen(
    createApiAdapter({ verifyAccessToken: auth.verifyAccessToken, stateFile }),
  ));
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

  it('sends a message batch by batch; duplicated sends leave exactly one copy per recipient in the store', async () => {
    const token = await mintToken({ ydernummer: '990035' });
    const post = (path: string, key: string, body?: unknown) =>
      fetch(`${base}/api/v1${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Idempotency-Key': key,
          'Content-Type': 'application/json',
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const patientIds = clinicPatients('990035')
      .filter((p) => p.age >= 15 && p.minLaege.user && p.minLaege.consent)
      .slice(0, 150)
      .map((p) => p.id);
    const created = await post('/messages', 'create-0001', {
      subject: 'Ferie',
      body: 'Lukket uge 29',
      filter: { operator: 'and' },
      patientIds,
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    await Promise.all(
      [1, 2, 1, 2, 2].map((batch, i) => post(`/messages/${id}/batches/${batch}`, `send-${i}-${batch}-x`)),
    );
    const { messages } = await (await fetch(`${base}/__mock/messages?ydernummer=990035`)).json();
    const sent = messages.find((m: { id: string }) => m.id === id);
    expect(sent.recipients).toHaveLength(150);
    expect(sent.recipients.every((r: { deliveries: number }) => r.deliveries <= 1)).toBe(true);
    expect(sent.recipients.filter((r: { deliveries: number }) => r.deliveries === 1).length).toBeGreaterThan(
      145,
    );
  });

  it('keeps the store in its state file, so a restarted server carries on', async () => {
    const token = await mintToken();
    const draft = {
      subject: 'Gemt',
      body: 'Overlever genstart',
      filter: { operator: 'and' },
      excludedPatientIds: [],
    };
    const saved = await fetch(`${base}/api/v1/message-drafts/draft-restart`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(draft),
    });
    expect(saved.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400)); // the debounced write
    const restarted = await listen(
      createApiAdapter({ verifyAccessToken: auth.verifyAccessToken, stateFile }),
    );
    try {
      const body = await (
        await fetch(`${restarted.base}/api/v1/message-drafts/draft-restart`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).json();
      expect(body).toMatchObject({ id: 'draft-restart', body: 'Overlever genstart' });
    } finally {
      await new Promise<void>((resolve) => restarted.http.close(() => resolve()));
    }
  });
});
