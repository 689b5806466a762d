import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers } from '../handlers/index.ts';
import type { VerifyAccessToken } from '../handlers/auth.ts';
import { API_GROUPS, createFaultSwitch, FAULT_KINDS, type Fault } from '../handlers/faults.ts';
import { createStore, deliveryKey, type MockStore } from '../handlers/store.ts';
import { IDP_ISSUER } from './ports.ts';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(await readBody(req)) : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  // A fault's `HttpResponse.error()` is a network error: drop the connection as a failing server would.
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

function json(res: ServerResponse, status: number, body: unknown, cors: Record<string, string>) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...cors });
  res.end(JSON.stringify(body));
}

/** For the e2e tests: every message with, per recipient, how many copies reached the patient's app. */
function messageInspection(store: MockStore, ydernummer: string | null) {
  return Object.values(store.state.messages)
    .filter((m) => !ydernummer || m.ydernummer === ydernummer)
    .map((m) => ({
      id: m.id,
      ydernummer: m.ydernummer,
      subject: m.subject,
      createdAt: m.createdAt,
      recipients: m.recipients.map((r) => ({
        patientId: r.patientId,
        channel: r.channel,
        deliveries: store.state.inbox[deliveryKey(m.id, r.patientId)] ?? 0,
      })),
    }));
}

/**
 * Keeps the store in a file, so a demo server restart keeps what the demo did (a page reload never
 * loses it: the state lives in this process). Writes are debounced and never block a request.
 */
function persistence(store: MockStore, file: string | undefined) {
  if (!file) return () => {};
  if (existsSync(file)) store.restore(readFileSync(file, 'utf8'));
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => void writeFile(file, store.snapshot()).catch(console.error), 200);
    timer.unref();
  };
}

/**
 * Serves the MSW handlers over real HTTP for the demo and the e2e tests, plus the demo controls
 * under /__mock (fault switch, reset, audit log, message inspection), which the simulator on the
 * provider's origin calls. `stateFile` keeps the store across restarts of the demo server.
 */
export function createApiAdapter({
  verifyAccessToken,
  stateFile,
}: {
  verifyAccessToken: VerifyAccessToken;
  stateFile?: string;
}) {
  const store = createStore();
  const persist = persistence(store, stateFile);
  const faults = createFaultSwitch();
  const handlers: RequestHandler[] = createHandlers({ verifyAccessToken, store, faults });
  const cors = {
    'Access-Control-Allow-Origin': IDP_ISSUER,
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Allow-Methods': 'GET, POST',
  };

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    if (path === '/__mock/faults' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString() || '{}') as {
        api?: string;
        fault?: string;
        latencyMs?: number;
      };
      const api =
        body.api === 'all' || API_GROUPS.includes(body.api as never) ? (body.api as Fault['api']) : undefined;
      if (!api || !(body.fault === 'none' || FAULT_KINDS.includes(body.fault as never)))
        return json(res, 400, { error: 'api or fault unknown' }, cors);
      faults.set({
        api,
        fault: body.fault as Fault['fault'],
        ...(body.latencyMs ? { latencyMs: Number(body.latencyMs) } : {}),
      });
      return json(res, 200, { faults: faults.list() }, cors);
    }
    if (path === '/__mock/faults') return json(res, 200, { faults: faults.list() }, cors);
    if (path === '/__mock/reset' && req.method === 'POST') {
      store.reset();
      faults.clear();
      persist();
      return json(res, 200, { reset: true }, cors);
    }
    if (path === '/__mock/audit-log') return json(res, 200, { entries: store.audit.list() }, cors);
    if (path === '/__mock/messages') {
      const ydernummer = new URL(req.url ?? '/', 'http://x').searchParams.get('ydernummer');
      return json(res, 200, { messages: messageInspection(store, ydernummer) }, cors);
    }
    json(res, 404, { error: 'unknown control' }, cors);
  }

  const adapter = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/__mock/')) {
      await control(req, res, path);
      return true;
    }
    if (!path.startsWith('/api/')) return false;
    const response = await getResponse(handlers, await toFetchRequest(req));
    if (req.method !== 'GET') persist();
    await send(
      res,
      response ??
        new Response(JSON.stringify({ title: 'Not found', status: 404 }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    return true;
  };
  return Object.assign(adapter, { store, faults });
}
