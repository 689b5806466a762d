import { beforeEach, describe, expect, it } from 'vitest';
import { chooseDraft, createDraftStorage } from './draft-storage.ts';

const input = (body: string) => ({
  subject: 'Ferie',
  body,
  filter: { operator: 'and' as const },
  excludedPatientIds: [],
});

describe('the local draft', () => {
  beforeEach(() => localStorage.clear());

  it('is kept per clinic and user', () => {
    const mine = createDraftStorage(localStorage, '990011', 'mette');
    mine.write({ id: 'kladde-1', input: input('a'), changedAt: '2026-11-24T10:00:00Z' });
    expect(mine.read()?.id).toBe('kladde-1');
    expect(createDraftStorage(localStorage, '990011', 'jonas').read()).toBeUndefined();
    expect(createDraftStorage(localStorage, '990068', 'mette').read()).toBeUndefined();
    mine.clear();
    expect(mine.read()).toBeUndefined();
  });

  it('wins over the server copy when its last changes were never confirmed', () => {
    const local = {
      id: 'k',
      input: input('local'),
      changedAt: '2026-11-24T10:05:00Z',
      savedAt: '2026-11-24T10:00:00Z',
    };
    const server = { input: input('server'), updatedAt: '2026-11-24T10:00:00Z' };
    expect(chooseDraft(local, server)?.body).toBe('local');
  });

  it('gives way to a server copy changed later elsewhere, and to the server when there is no local copy', () => {
    const local = {
      id: 'k',
      input: input('local'),
      changedAt: '2026-11-24T10:00:00Z',
      savedAt: '2026-11-24T10:00:00Z',
    };
    expect(chooseDraft(local, { input: input('later'), updatedAt: '2026-11-24T11:00:00Z' })?.body).toBe(
      'later',
    );
    expect(chooseDraft(undefined, { input: input('server'), updatedAt: '2026-11-24T11:00:00Z' })?.body).toBe(
      'server',
    );
    expect(chooseDraft(undefined, undefined)).toBeUndefined();
  });

  it('is dropped once the server no longer has it (it was sent), unless it holds unsaved changes', () => {
    const saved = {
      id: 'k',
      input: input('sent'),
      changedAt: '2026-11-24T10:00:00Z',
      savedAt: '2026-11-24T10:00:00Z',
    };
    expect(chooseDraft(saved, null)).toBeUndefined();
    expect(chooseDraft(saved, undefined)?.body).toBe('sent');
    expect(chooseDraft({ ...saved, savedAt: undefined }, null)?.body).toBe('sent');
  });
});
