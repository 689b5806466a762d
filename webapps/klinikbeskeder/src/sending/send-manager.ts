import { toApiError, unwrap, type ApiError, type PlspClient } from '@klinik/shared';
import type { Message, MessageCreate, MessageSummary } from '../domain/types.ts';
import { batchKey, type PendingSend, type PendingSends } from './pending-sends.ts';

export type SendPhase =
  /** Creating the message (its recipients are frozen by the API). */
  | 'creating'
  | 'sending'
  /** Stopped after a failure that did not pass with retries; `retry()` carries on with the same keys. */
  | 'paused'
  /** The API refused the message itself (e.g. 403, 422): retrying the same request cannot help. */
  | 'refused'
  | 'done';

export interface SendState {
  key: string;
  phase: SendPhase;
  request: MessageCreate;
  messageId?: string;
  summary?: MessageSummary;
  /** How many of the recipients can receive (the batches' sizes), once the message exists. */
  reachable?: number;
  /** The batch that failed, when paused. */
  failedBatch?: number;
  error?: ApiError;
}

export interface SendManagerOptions {
  api: PlspClient;
  pending: PendingSends;
  /** Waits between automatic retries of one request; short in tests. */
  retryDelaysMs?: readonly number[];
  onFinished?(state: SendState): void;
}

/** The recipients who can receive: those in the batches (the others were frozen with their reason). */
export const reachableOf = (message: Pick<Message, 'batches'>) =>
  message.batches.reduce((sum, batch) => sum + batch.size, 0);

const DEFAULT_DELAYS = [500, 1500, 4000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends messages exactly once, outside the component tree, so a send goes on while the user is
 * elsewhere in Klinik+. The message is created with a client-chosen Idempotency-Key stored before the
 * request; each batch is sent with a key derived from it. A repeated click, a retry after a lost
 * answer, a reload or a renewed token therefore repeats the same requests, which the API answers once.
 * After a reload, `resume()` reads the message's batches from the API and sends only what is left.
 */
export function createSendManager(options: SendManagerOptions) {
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const states = new Map<string, SendState>();
  const running = new Set<string>();
  const listeners = new Set<() => void>();
  let api = options.api;
  let snapshot: readonly SendState[] = [];

  const put = (state: SendState) => {
    states.set(state.key, state);
    snapshot = [...states.values()];
    listeners.forEach((listener) => listener());
    return state;
  };
  const update = (key: string, patch: Partial<SendState>) => put({ ...states.get(key)!, ...patch });

  /** One request, retried while the failure may pass by itself (network, timeout, 5xx). */
  async function withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const apiError = toApiError(error);
        if (!apiError.transient || attempt >= delays.length) throw apiError;
        await sleep(delays[attempt]!);
      }
    }
  }

  async function create(send: PendingSend): Promise<string> {
    const message = await withRetries(() =>
      unwrap(
        api.POST('/messages', {
          params: { header: { 'Idempotency-Key': send.key } },
          body: send.request,
        }),
      ),
    );
    options.pending.put({ ...send, messageId: message.id });
    update(send.key, { messageId: message.id, summary: message, phase: 'sending' });
    return message.id;
  }

  async function run(send: PendingSend): Promise<void> {
    if (running.has(send.key)) return;
    running.add(send.key);
    let batch: number | undefined;
    try {
      const messageId = send.messageId ?? (await create(send));
      const message = await withRetries(() =>
        unwrap(api.GET('/messages/{messageId}', { params: { path: { messageId } } })),
      );
      update(send.key, {
        messageId,
        summary: message,
        reachable: reachableOf(message),
        phase: 'sending',
        error: undefined,
        failedBatch: undefined,
      });
      for (const { batch: number } of message.batches.filter((b) => !b.sent)) {
        batch = number;
        const result = await withRetries(() =>
          unwrap(
            api.POST('/messages/{messageId}/batches/{batch}', {
              params: {
                path: { messageId, batch: number },
                header: { 'Idempotency-Key': batchKey(send.key, number) },
              },
            }),
          ),
        );
        update(send.key, { summary: result.message });
      }
      options.pending.remove(send.key);
      const done = update(send.key, { phase: 'done' });
      options.onFinished?.(done);
    } catch (error) {
      const apiError = toApiError(error);
      const refused = !apiError.transient && apiError.kind !== 'session' && !states.get(send.key)?.messageId;
      if (refused) options.pending.remove(send.key);
      update(send.key, { phase: refused ? 'refused' : 'paused', error: apiError, failedBatch: batch });
    } finally {
      running.delete(send.key);
    }
  }

  const pendingOf = (key: string) => options.pending.list().find((s) => s.key === key);

  return {
    /**
     * Starts sending. The key and body are stored before anything is sent. Starting the same draft
     * again while its send is under way (a double click) returns the running send instead.
     */
    start(request: MessageCreate): string {
      const existing = [...states.values()].find(
        (s) => request.draftId && s.request.draftId === request.draftId && s.phase !== 'refused',
      );
      if (existing) return existing.key;
      const send: PendingSend = { key: crypto.randomUUID(), request, startedAt: new Date().toISOString() };
      options.pending.put(send);
      put({ key: send.key, phase: 'creating', request });
      void run(send);
      return send.key;
    },
    /** Carries on with every send this browser had not finished (after a reload or a new login). */
    resume(): void {
      for (const send of options.pending.list()) {
        if (running.has(send.key)) continue;
        if (!states.has(send.key))
          put({
            key: send.key,
            request: send.request,
            phase: send.messageId ? 'sending' : 'creating',
            ...(send.messageId ? { messageId: send.messageId } : {}),
          });
        void run(send);
      }
    },
    /** Tries a paused send again, with the same keys. */
    retry(key: string): void {
      const send = pendingOf(key);
      if (!send) return;
      update(key, { phase: send.messageId ? 'sending' : 'creating', error: undefined });
      void run(send);
    },
    /** Uses the client of the current session (a new login gives a new one). */
    setApi(client: PlspClient): void {
      api = client;
    },
    /** Resolves when no send is running (for tests and the benchmark). */
    async idle(): Promise<void> {
      while (running.size) await sleep(10);
    },
    list: (): readonly SendState[] => snapshot,
    byMessage: (messageId: string) => snapshot.find((s) => s.messageId === messageId),
    byKey: (key: string) => states.get(key),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type SendManager = ReturnType<typeof createSendManager>;
