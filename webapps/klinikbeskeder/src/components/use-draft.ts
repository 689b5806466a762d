import { useEffect, useMemo, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useKlinik } from '@klinik/shared';
import { useLatestOwnDraft, useSaveDraft, useServerDraft } from '../api/queries.ts';
import { chooseDraft, createDraftStorage, newDraftId } from '../domain/draft-storage.ts';
import type { MessageDraftInput } from '../domain/types.ts';

export const EMPTY_DRAFT: MessageDraftInput = {
  subject: '',
  body: '',
  filter: { operator: 'and' },
  excludedPatientIds: [],
};

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed' };
export interface RestoredDraft {
  id: string;
  input: MessageDraftInput;
  restored: boolean;
}

const AUTOSAVE_MS = 800;
const RETRY_MS = 5000;

/** This user's draft storage in this browser. */
export function useDraftStorage() {
  const { clinic, user } = useKlinik();
  return useMemo(
    () => createDraftStorage(localStorage, clinic.ydernummer, user.id),
    [clinic.ydernummer, user.id],
  );
}

/**
 * The draft to continue with when the page opens: this browser's (checked against the server's copy),
 * else the user's newest on the server, else a new one. Undefined while it is being found out.
 * `lookup` is the query for the newest on the server when this browser has none: if it fails, the
 * page shows that with a retry, for a new draft then would hide the one the user has.
 */
export function useRestoredDraft(): { draft: RestoredDraft | undefined; lookup?: UseQueryResult } {
  const storage = useDraftStorage();
  const [local] = useState(() => storage.read());
  const [freshId] = useState(newDraftId);
  const server = useServerDraft(local?.id);
  const latest = useLatestOwnDraft(!local);
  const draft = useMemo(() => {
    const fresh = { id: freshId, input: EMPTY_DRAFT, restored: false };
    if (local) {
      if (server.isPending) return undefined;
      const copy = server.isError
        ? undefined
        : server.data
          ? { input: server.data, updatedAt: server.data.updatedAt }
          : null;
      const input = chooseDraft(local, copy);
      return input ? { id: local.id, input, restored: true } : fresh;
    }
    if (latest.isPending || latest.isError) return undefined;
    return latest.data ? { id: latest.data.id, input: latest.data, restored: true } : fresh;
  }, [
    freshId,
    local,
    server.isPending,
    server.isError,
    server.data,
    latest.isPending,
    latest.isError,
    latest.data,
  ]);
  return local ? { draft } : { draft, lookup: latest };
}

/**
 * Saves the draft as the user types: at once in this browser, and after a short pause on the server
 * under the draft's own id, so a retried or repeated save replaces it. A failed save is tried again.
 * Nothing is saved until the user has changed something.
 */
export function useAutosave(id: string, input: MessageDraftInput, changed: boolean): SaveState {
  const storage = useDraftStorage();
  const save = useSaveDraft();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const serialised = JSON.stringify(input);

  useEffect(() => {
    if (!changed) return;
    const draft: MessageDraftInput = JSON.parse(serialised);
    const changedAt = new Date().toISOString();
    const previous = storage.read();
    const savedAt = previous?.id === id ? previous.savedAt : undefined;
    storage.write({ id, input: draft, changedAt, ...(savedAt ? { savedAt } : {}) });
    let retry: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      setState({ kind: 'saving' });
      save(id, draft).then(
        (saved) => {
          const current = storage.read();
          if (current?.id === id && current.changedAt === changedAt)
            storage.write({ ...current, savedAt: saved.updatedAt > changedAt ? saved.updatedAt : changedAt });
          setState({ kind: 'saved', at: saved.updatedAt });
        },
        () => {
          setState({ kind: 'failed' });
          retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
        },
      );
    }, AUTOSAVE_MS);
    return () => {
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [id, serialised, changed, attempt, storage, save]);

  return state;
}
