// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { faults, mintToken, store } from '../../shared/testing/msw.ts';
import { clinicPatients, setReferenceDate } from '../data/index.ts';
import { deliveryKey } from './store.ts';

const API = 'http://localhost/api/v1';
const CLINIC = '990035'; // the smallest clinic (1,650 patients) keeps these tests quick

beforeAll(() => setReferenceDate(new Date(Date.UTC(2026, 10, 24))));

async function call(
  method: string,
  path: string,
  { token, body, key }: { token?: string; body?: unknown; key?: string } = {},
) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token ?? (await mintToken({ ydernummer: CLINIC }))}`,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['Idempotency-Key'] = key;
  return fetch(`${API}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const reachableIds = () =>
  clinicPatients(CLINIC)
    .filter((p) => p.age >= 15 && p.minLaege.user && p.minLaege.consent)
    .slice(0, 230)
    .map((p) => p.id);

const newMessage = (patientIds = reachableIds(), key = crypto.randomUUID()) =>
  call('POST', '/messages', {
    key,
    body: {
      subject: 'Influenzavaccination',
      body: 'Kære patient',
      filter: { operator: 'and', ageMin: 65 },
      patientIds,
      batchSize: 100,
    },
  });

/** What the patients' apps received for a message: every recipient's copies. */
const inboxCounts = (messageId: string) =>
  store.state.messages[messageId]!.recipients.filter((r) => r.channel !== 'none').map(
    (r) => store.state.inbox[deliveryKey(messageId, r.patientId)] ?? 0,
  );

describe('the clinic patient list and codes', () => {
  it('lists every patient of the clinic with Min Læge, parents and recent services, in one page', async () => {
    const body = await (await call('GET', '/clinic/patients?pageSize=20000')).json();
    expect(body.total).toBe(1650);
    expect(body.items).toHaveLength(1650);
    const child = body.items.find((p: { birthDate: string; parentId?: string }) => p.parentId);
    expect(child.messaging.channel).toMatch(/^(parent|none)$/);
    expect(body.items.some((p: { services: unknown[] }) => p.services.length > 0)).toBe(true);
  });

  it('pages the list and refuses a page size over the limit', async () => {
    const page = await (await call('GET', '/clinic/patients?page=2&pageSize=500')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 500, total: 1650 });
    expect(page.items).toHaveLength(500);
    const refused = await call('GET', '/clinic/patients?pageSize=20001');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it("offers ICPC codes and the region's ydelseskoder, with the filterable ones marked", async () => {
    const icpc = await (await call('GET', '/codes/icpc')).json();
    expect(icpc.items).toContainEqual({
      code: 'T90',
      text: 'Diabetes type 2',
      chronic: true,
      aimDatabaseId: 'ddid',
    });
    const services = await (await call('GET', '/codes/services')).json();
    const codes = services.items.map((c: { code: string }) => c.code);
    expect(codes).toContain('4401'); // Nordjylland's local agreement
    expect(codes).not.toContain('4383'); // Bornholm's belongs to Region Hovedstaden
    expect(services.items.find((c: { code: string }) => c.code === '0120').recipientFilter).toBe(true);
  });
});

describe('drafts and templates', () => {
  const draft = {
    subject: 'Ferie',
    body: 'Vi holder lukket',
    filter: { operator: 'and' },
    excludedPatientIds: [],
  };

  it('saves a draft under the id the client chose; saving again replaces it', async () => {
    expect((await call('PUT', '/message-drafts/draft-0001', { body: draft })).status).toBe(200);
    expect(
      (
        await call('PUT', '/message-drafts/draft-0001', {
          body: { ...draft, body: 'Vi holder lukket i uge 29' },
        })
      ).status,
    ).toBe(200);
    const list = await (await call('GET', '/message-drafts')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: 'draft-0001',
      body: 'Vi holder lukket i uge 29',
      updatedBy: { role: 'doctor' },
    });
    expect((await call('DELETE', '/message-drafts/draft-0001')).status).toBe(204);
    expect((await call('GET', '/message-drafts/draft-0001')).status).toBe(404);
  });

  it("refuses another clinic's draft, a nurse's save and a malformed draft", async () => {
    await call('PUT', '/message-drafts/draft-0002', { body: draft });
    const other = await mintToken({ ydernummer: '990011' });
    expect((await call('GET', '/message-drafts/draft-0002', { token: other })).status).toBe(403);
    expect((await call('PUT', '/message-drafts/draft-0002', { token: other, body: draft })).status).toBe(403);
    const nurse = await mintToken({ ydernummer: CLINIC, role: 'nurse' });
    expect((await call('PUT', '/message-drafts/draft-0003', { token: nurse, body: draft })).status).toBe(403);
    expect((await call('PUT', '/message-drafts/draft-0003', { body: { subject: 1 } })).status).toBe(400);
  });

  it('keeps built-in templates read-only and the clinic’s own editable', async () => {
    expect(
      (
        await call('PUT', '/message-templates/builtin-influenza', {
          body: { name: 'x', subject: 'x', body: 'x' },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('PUT', '/message-templates/own-1', {
          body: { name: 'Vaccine', subject: 'Vaccine', body: 'Tekst' },
        })
      ).status,
    ).toBe(200);
    const templates = await (await call('GET', '/message-templates')).json();
    expect(templates.items.filter((t: { builtIn: boolean }) => t.builtIn)).toHaveLength(5);
    expect(templates.items.at(-1)).toMatchObject({ id: 'own-1', builtIn: false });
  });
});

describe('sending a message', () => {
  it('creates a message with frozen recipients in batches, then delivers each batch once', async () => {
    const created = await newMessage();
    expect(created.status).toBe(201);
    const message = await created.json();
    expect(message).toMatchObject({
      status: 'created',
      recipientCount: 230,
      batchCount: 3,
      pendingCount: 230,
    });
    for (let batch = 1; batch <= 3; batch++) {
      const sent = await call('POST', `/messages/${message.id}/batches/${batch}`, {
        key: `${message.id}-${batch}`,
      });
      expect(sent.status).toBe(200);
    }
    const detail = await (await call('GET', `/messages/${message.id}`)).json();
    expect(detail.status).toMatch(/^sent/);
    expect(detail.deliveredCount + detail.failedCount).toBe(230);
    expect(detail.batches.every((b: { sent: boolean }) => b.sent)).toBe(true);
    expect(inboxCounts(message.id).every((n) => n === 1)).toBe(true);
  });

  it('a double click creates one message: the same key replays the first answer', async () => {
    const key = crypto.randomUUID();
    const [first, second] = await Promise.all([newMessage(undefined, key), newMessage(undefined, key)]);
    const a = await first.json();
    const b = await second.json();
    expect(a.id).toBe(b.id);
    expect([first.headers.get('Idempotency-Replayed'), second.headers.get('Idempotency-Replayed')]).toContain(
      'true',
    );
    expect(
      Object.values(store.state.messages).filter((m) => m.ydernummer === CLINIC && !m.id.startsWith('seed')),
    ).toHaveLength(1);
  });

  it('the same key for another request is 422; no key is 400', async () => {
    const key = crypto.randomUUID();
    await newMessage(undefined, key);
    expect((await newMessage(reachableIds().slice(0, 5), key)).status).toBe(422);
    const noKey = await call('POST', '/messages', {
      body: { subject: 's', body: 'b', filter: { operator: 'and' }, patientIds: reachableIds() },
    });
    expect(noKey.status).toBe(400);
  });

  it('never delivers twice: duplicated, concurrent and re-keyed batch sends, in any order', async () => {
    const message = await (await newMessage()).json();
    const sends = [3, 1, 1, 2, 3, 2, 1].map((batch, i) =>
      call('POST', `/messages/${message.id}/batches/${batch}`, { key: `retry-${i}-${message.id}` }),
    );
    const results = await Promise.all(sends.map(async (s) => (await s).json()));
    const delivered = results.reduce((sum, r) => sum + r.delivered + r.failed, 0);
    expect(delivered).toBe(230);
    expect(inboxCounts(message.id).every((n) => n === 1)).toBe(true);
  });

  it('after a 500, a dropped connection or an expired token mid-send, retrying delivers to everyone exactly once', async () => {
    const message = await (await newMessage()).json();
    const send = (batch: number, token?: string) =>
      call('POST', `/messages/${message.id}/batches/${batch}`, {
        key: `${message.id}/${batch}`,
        ...(token ? { token } : {}),
      });
    expect((await send(1)).status).toBe(200);

    faults.set({ api: 'messages', fault: '500' });
    expect((await send(2)).status).toBe(500);
    faults.set({ api: 'messages', fault: 'drop' });
    await expect(send(2)).rejects.toThrow(TypeError);
    const old = await mintToken({ ydernummer: CLINIC });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    faults.set({ api: 'messages', fault: 'expired-token' });
    expect((await send(2, old)).status).toBe(401);
    faults.clear();

    // The client retries everything with the same keys (it cannot know batch 1 went through).
    for (const batch of [1, 2, 3]) expect((await send(batch)).status).toBe(200);
    const replay = await send(1);
    expect(replay.headers.get('Idempotency-Replayed')).toBe('true');
    const detail = await (await call('GET', `/messages/${message.id}`)).json();
    expect(detail.pendingCount).toBe(0);
    expect(inboxCounts(message.id)).toHaveLength(230);
    expect(inboxCounts(message.id).every((n) => n === 1)).toBe(true);
  });

  it('reports who could not receive and why, and keeps unreachable patients out of the batches', async () => {
    const unreachable = clinicPatients(CLINIC)
      .filter((p) => p.age >= 15 && !p.minLaege.user)
      .slice(0, 3)
      .map((p) => p.id);
    const message = await (await newMessage([...reachableIds().slice(0, 10), ...unreachable])).json();
    expect(message).toMatchObject({ recipientCount: 13, batchCount: 1, failedCount: 3 });
    await call('POST', `/messages/${message.id}/batches/1`, { key: crypto.randomUUID() });
    const detail = await (await call('GET', `/messages/${message.id}`)).json();
    expect(detail.notDelivered.filter((r: { reason: string }) => r.reason === 'no-min-laege')).toHaveLength(
      3,
    );
    const failed = await (await call('GET', `/messages/${message.id}/recipients?state=failed`)).json();
    expect(failed.total).toBe(detail.failedCount);
  });

  it('lets doctors and secretaries send, never nurses; everyone reads the history', async () => {
    const nurse = await mintToken({ ydernummer: CLINIC, role: 'nurse' });
    const refused = await call('POST', '/messages', { token: nurse, key: crypto.randomUUID(), body: {} });
    expect(refused.status).toBe(403);
    const secretary = await mintToken({ ydernummer: CLINIC, role: 'secretary' });
    const message = await (await newMessage()).json();
    expect(
      (
        await call('POST', `/messages/${message.id}/batches/1`, {
          token: secretary,
          key: crypto.randomUUID(),
        })
      ).status,
    ).toBe(200);
    expect(
      (await call('POST', `/messages/${message.id}/batches/2`, { token: nurse, key: crypto.randomUUID() }))
        .status,
    ).toBe(403);
    const history = await (await call('GET', '/messages', { token: nurse })).json();
    expect(history.items.map((m: { id: string }) => m.id)).toContain(message.id);
  });

  it("refuses another clinic's message and patients", async () => {
    const message = await (await newMessage()).json();
    const other = await mintToken({ ydernummer: '990011' });
    expect((await call('GET', `/messages/${message.id}`, { token: other })).status).toBe(403);
    expect(
      (await call('POST', `/messages/${message.id}/batches/1`, { token: other, key: crypto.randomUUID() }))
        .status,
    ).toBe(403);
    const foreign = clinicPatients('990027')
      .slice(0, 2)
      .map((p) => p.id);
    expect((await newMessage(foreign)).status).toBe(403);
  });

  it('starts each clinic with two earlier messages in the history', async () => {
    const history = await (await call('GET', '/messages')).json();
    expect(history.items.map((m: { subject: string }) => m.subject)).toEqual([
      'Influenzavaccination i klinikken',
      'Klinikken holder ferielukket',
    ]);
    expect(history.items[0].status).toBe('sent-with-failures');
  });
});
