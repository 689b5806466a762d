import type { components } from '../../shared/api/plsp.d.ts';
import type { UnreachableReason } from '../data/messaging.ts';

type Schemas = components['schemas'];

/**
 * The mock API's mutable state: what users change during a demo (drafts, templates, messages and their
 * deliveries), stored answers for idempotency keys, and the audit log. It lives in the server process,
 * so a browser reload keeps it; `snapshot()`/`restore()` let the demo server keep it across restarts,
 * and `reset()` returns to the seed. Plain JSON throughout, so a snapshot is the state itself.
 */
export interface AuditEntry {
  at: string;
  userId: string;
  userName: string;
  ydernummer: string;
  patientCpr: string;
  action: string;
}

export type DraftRecord = Schemas['MessageDraft'] & { ydernummer: string };

export type TemplateRecord = Schemas['MessageTemplate'] & { ydernummer: string };

export interface RecipientRecord {
  patientId: string;
  channel: 'self' | 'parent' | 'none';
  /** Why a `none` recipient cannot receive. */
  reason?: UnreachableReason;
  /** 1-based; 0 for a recipient no batch delivers to. */
  batch: number;
}

export interface MessageRecord {
  id: string;
  ydernummer: string;
  subject: string;
  body: string;
  filter: Schemas['RecipientFilter'];
  createdAt: string;
  createdBy: Schemas['UserRef'];
  batchSize: number;
  batchCount: number;
  recipients: RecipientRecord[];
  /** Batch number → when it was sent. */
  batchesSent: Record<string, string>;
}

export interface DeliveryRecord {
  state: 'delivered' | 'failed';
  at: string;
  reason?: UnreachableReason;
}

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
}

export interface StoreState {
  audit: AuditEntry[];
  drafts: Record<string, DraftRecord>;
  templates: Record<string, TemplateRecord>;
  messages: Record<string, MessageRecord>;
  /** Keyed `messageId/patientId`: one entry per recipient and message, so a second delivery cannot exist. */
  deliveries: Record<string, DeliveryRecord>;
  /** How many times each `messageId/patientId` was handed to Min Læge — what the e2e tests check is 1. */
  inbox: Record<string, number>;
  /** Keyed `ydernummer|Idempotency-Key`. */
  idempotency: Record<string, StoredResponse>;
  /** Clinics whose message history has been seeded (lazily, on first use). */
  seeded: string[];
  sequence: number;
}

const emptyState = (): StoreState => ({
  audit: [],
  drafts: {},
  templates: {},
  messages: {},
  deliveries: {},
  inbox: {},
  idempotency: {},
  seeded: [],
  sequence: 0,
});

export const deliveryKey = (messageId: string, patientId: string) => `${messageId}/${patientId}`;

export function createStore() {
  let state = emptyState();
  return {
    get state(): StoreState {
      return state;
    },
    audit: {
      add: (entry: AuditEntry) => void state.audit.push(entry),
      list: (): readonly AuditEntry[] => state.audit,
    },
    /** A new id, unique within this store's life (and across snapshots). */
    nextId(prefix: string): string {
      state.sequence += 1;
      return `${prefix}-${String(state.sequence).padStart(6, '0')}`;
    },
    snapshot: (): string => JSON.stringify(state),
    restore(json: string): void {
      state = { ...emptyState(), ...(JSON.parse(json) as Partial<StoreState>) };
    },
    reset(): void {
      state = emptyState();
    },
  };
}
export type MockStore = ReturnType<typeof createStore>;
