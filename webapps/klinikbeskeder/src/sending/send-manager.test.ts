import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlspClient } from '@klinik/shared';
import { clinicPatients } from '../../../../mocks/data/index.ts';
import { deliveryKey } from '../../../../mocks/handlers/store.ts';
import { faults, mintToken, server, store } from '../../../../shared/testing/msw.ts';
import { TEST_API_BASE } from '../../../../shared/testing/render.tsx';
import type { FaultKind } from '../../../../mocks/handlers/faults.ts';
import { batchKey, createPendingSends } from './pending-sends.ts';
import { createSendManager } from './send-manager.ts';

const CLINIC = '990035'; // the smallest clinic keeps these quick
const recipients = clinicPatients(CLINIC)
  .filter((p) => p.age >= 65)
  .map((p) => p.id);
const request = {
  subject: 'Influenzavaccination',
  body: 'Kære patient',
  filter: { operator: 'and' as const, ageMin: 65 },
  patientIds: recipients,
  batchSize: 25,
  draftId: 'kladde-test',
};

/** A client like the shell's: one token, renewed only when the API refuses it. */
function client() {
  let token: Promise<string> | undefined;
  const renewals: number[] = [];
  const getAccessToken = (options?: { forceRefresh?: boolean }) => {
    if (options?.forceRefresh) renewals.push(Date.now());
    if (!token || options?.forceRefresh) token = mintToken({ ydernummer: CLINIC });
    return token;
  };
  return {
    api: createPlspClient({ baseUrl: TEST_API_BASE, getAccessToken, onSessionExpired: () => {} }),
    renewals,
  };
}

function manager(api = client().api) {
  return createSendManager({ api, pending: createPendingSends(localStorage, CLINIC), retryDelaysMs: [0, 0] });
}

/** Switches a fault on when the n-th batch request of a send starts (1-based). */
function faultAtBatch(n: number, fault: FaultKind) {
  let seen = 0;
  server.events.on('request:start', ({ request }) => {
    if (/\/batches\/\d+$/.test(request.url) && ++seen === n) faults.set({ api: 'messages', fault });
  });
}

/** What the mock's store holds: the messages created, and every copy that reached a patient's app. */
function expectExactlyOnce() {
  const created = Object.values(store.state.messages).filter(
    (m) => m.ydernummer === CLINIC && !m.id.startsWith('seed'),
  );
  expect(created).toHaveLength(1);
  const message = created[0]!;
  const reachable = message.recipients.filter((r) => r.channel !== 'none');
  expect(reachable.length).toBeGreaterThan(75);
  const copies = reachable.map((r) => store.state.inbox[deliveryKey(message.id, r.patientId)] ?? 0);
  const closed = reachable.filter(
    (r) => store.state.deliveries[deliveryKey(message.id, r.patientId)]?.state === 'failed',
  );
  // Everyone reachable got exactly one copy, except profiles found closed at delivery (none, and reported).
  expect(copies.filter((n) => n !== 1)).toHaveLength(closed.length);
  expect(copies.every((n) => n <= 1)).toBe(true);
  expect(Object.keys(message.batchesSent)).toHaveLength(message.batchCount);
  return message;
}

describe('sending exactly once', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => server.events.removeAllListeners());

  it('creates one message and sends every batch with its own stable key', async () => {
    const sends = manager();
    const key = sends.start(request);
    await sends.idle();
    const state = sends.byKey(key)!;
    expect(state.phase).toBe('done');
    expect(state.summary).toMatchObject({ pendingCount: 0, batchesSent: state.summary!.batchCount });
    const message = expectExactlyOnce();
    expect(state.reachable).toBe(message.recipients.filter((r) => r.channel !== 'none').length);
    expect(Object.keys(store.state.idempotency)).toEqual(
      expect.arrayContaining([`${CLINIC}|${key}`, `${CLINIC}|${batchKey(key, message.batchCount)}`]),
    );
    expect(createPendingSends(localStorage, CLINIC).list()).toEqual([]);
  });

  it('a double click starts one send', async () => {
    const sends = manager();
    const first = sends.start(request);
    const second = sends.start(request);
    expect(second).toBe(first);
    await sends.idle();
    expectExactlyOnce();
  });

  for (const fault of ['500', 'drop'] as const) {
    it(`a ${fault} mid-batch pauses the send; retrying with the same keys sends the rest once`, async () => {
      faultAtBatch(2, fault);
      const sends = manager();
      const key = sends.start(request);
      await sends.idle();
      expect(sends.byKey(key)).toMatchObject({ phase: 'paused', failedBatch: 2 });
      expect(sends.byKey(key)!.summary!.batchesSent).toBe(1);
      faults.clear();
      sends.retry(key);
      await sends.idle();
      expect(sends.byKey(key)!.phase).toBe('done');
      expectExactlyOnce();
    });
  }

  it('after a reload mid-send, a new page resumes from the API’s state and skips what was sent', async () => {
    faultAtBatch(3, 'drop'); // the old page loses its connection as it goes away
    const before = manager();
    before.start(request);
    await before.idle();
    faults.clear();
    const after = manager(); // knows nothing but what this browser stored
    after.resume();
    await after.idle();
    expect(after.list()).toEqual([expect.objectContaining({ phase: 'done' })]);
    expectExactlyOnce();
  });

  it('after a reload while the create was under way, the same key returns the same message', async () => {
    const key = 'lost-answer-0001';
    createPendingSends(localStorage, CLINIC).put({ key, request, startedAt: new Date().toISOString() });
    // The create reached the API, but its answer never reached the page.
    const { api } = client();
    await api.POST('/messages', { params: { header: { 'Idempotency-Key': key } }, body: request });
    const sends = manager();
    sends.resume();
    await sends.idle();
    expect(sends.byKey(key)!.phase).toBe('done');
    expectExactlyOnce();
  });

  it('an expired token mid-send is renewed and the send carries on', async () => {
    const { api, renewals } = client();
    const sends = manager(api);
    await api.GET('/message-settings'); // the token is issued before the switch
    await new Promise((resolve) => setTimeout(resolve, 1100));
    faultAtBatch(2, 'expired-token');
    const key = sends.start(request);
    await sends.idle();
    expect(sends.byKey(key)!.phase).toBe('done');
    expect(renewals).toHaveLength(1);
    expectExactlyOnce();
  });

  it('a refused message is not retried and leaves nothing to resume', async () => {
    const sends = manager();
    const key = sends.start({ ...request, patientIds: ['not-a-patient'] });
    await sends.idle();
    expect(sends.byKey(key)).toMatchObject({
      phase: 'refused',
      error: expect.objectContaining({ kind: 'forbidden' }),
    });
    expect(createPendingSends(localStorage, CLINIC).list()).toEqual([]);
  });
});
