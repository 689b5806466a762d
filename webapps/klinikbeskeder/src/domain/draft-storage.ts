import type { MessageDraftInput } from './types.ts';

/**
 * The draft being written, remembered in this browser per clinic and user: its id (the client picks
 * it, so every autosave replaces the same server draft) and the latest text, written at every
 * keystroke. After a reload, a crash or a new login the draft comes back from the server, or from
 * here when the last keystrokes never reached it. Holds patient ids only, never CPR numbers.
 */
export interface LocalDraft {
  id: string;
  input: MessageDraftInput;
  /** When the user last changed it (ISO). */
  changedAt: string;
  /** When the server last confirmed a save of exactly this input (ISO), if it has. */
  savedAt?: string;
}

const key = (ydernummer: string, userId: string) => `klinikbeskeder:kladde:${ydernummer}:${userId}`;

export function newDraftId(): string {
  return `kladde-${crypto.randomUUID()}`;
}

export function createDraftStorage(storage: Storage, ydernummer: string, userId: string) {
  const storageKey = key(ydernummer, userId);
  return {
    read(): LocalDraft | undefined {
      try {
        const raw = storage.getItem(storageKey);
        return raw ? (JSON.parse(raw) as LocalDraft) : undefined;
      } catch {
        return undefined;
      }
    },
    write(draft: LocalDraft): void {
      storage.setItem(storageKey, JSON.stringify(draft));
    },
    clear(): void {
      storage.removeItem(storageKey);
    },
  };
}
export type DraftStorage = ReturnType<typeof createDraftStorage>;

/**
 * Which copy to continue with: the local one when it holds changes the server never confirmed,
 * otherwise the server's (which another device or session may have changed later). `server` is null
 * when the server has no such draft (it was sent, or deleted), undefined when it could not be asked.
 */
export function chooseDraft(
  local: LocalDraft | undefined,
  server: { input: MessageDraftInput; updatedAt: string } | null | undefined,
): MessageDraftInput | undefined {
  if (!local) return server?.input;
  const unsaved = !local.savedAt || local.savedAt < local.changedAt;
  if (unsaved || server === undefined) return local.input;
  if (server === null) return undefined;
  return server.updatedAt > local.changedAt ? server.input : local.input;
}
