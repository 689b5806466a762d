import type { MessageCreate } from '../domain/types.ts';

/**
 * Sends not yet finished, kept in this browser per clinic so a reload, a crash or a new login resumes
 * them. Written before the first request: the Idempotency-Key and the exact body must be the same on
 * every attempt, or the API could not recognise a repeat. Patient ids only, never CPR numbers.
 */
export interface PendingSend {
  key: string;
  request: MessageCreate;
  /** Known once the API answered the create. */
  messageId?: string;
  startedAt: string;
}

export function createPendingSends(storage: Storage, ydernummer: string) {
  const storageKey = `klinikbeskeder:afsendelser:${ydernummer}`;
  const read = (): PendingSend[] => {
    try {
      return JSON.parse(storage.getItem(storageKey) ?? '[]') as PendingSend[];
    } catch {
      return [];
    }
  };
  const write = (sends: PendingSend[]) =>
    sends.length ? storage.setItem(storageKey, JSON.stringify(sends)) : storage.removeItem(storageKey);
  return {
    list: read,
    put(send: PendingSend): void {
      write([...read().filter((s) => s.key !== send.key), send]);
    },
    remove(key: string): void {
      write(read().filter((s) => s.key !== key));
    },
  };
}
export type PendingSends = ReturnType<typeof createPendingSends>;

/** The key of one batch: derived from the message's key, so it is the same on every retry and reload. */
export const batchKey = (messageKey: string, batch: number) => `${messageKey}/pakke-${batch}`;
