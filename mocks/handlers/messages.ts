import type { HttpHandler } from 'msw';
import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { findPatientById, getReferenceDate } from '../data/index.ts';
import { MESSAGE_SETTINGS } from '../data/messaging.ts';
import {
  freezeRecipients,
  messageDetail,
  recipientViews,
  seedHistory,
  sendBatch,
  summarise,
} from './broadcasts.ts';
import { nowOf, route, type HandlerDeps } from './context.ts';
import { idempotent } from './idempotency.ts';
import { paged, readPaging } from './paging.ts';
import { problem } from './problem.ts';
import { forbidUnless, SENDERS } from './roles.ts';
import { ownRecord } from './scoping.ts';
import type { MessageRecord } from './store.ts';
import { messageCreate, readBody } from './validation.ts';

const STATES = ['pending', 'delivered', 'failed'] as const;

/** Klinikbeskeder: create a message to many patients, send it batch by batch, and read the history. */
export function messageHandlers(deps: HandlerDeps): HttpHandler[] {
  const { store } = deps;
  const clinicMessage = (claims: AccessTokenClaims, id: string) => {
    seedHistory(store, claims.ydernummer, getReferenceDate());
    return ownRecord(store.state.messages[id], claims, 'Beskeden');
  };

  return [
    route(deps, 'get', '/message-settings', 'messages', ({ ok }) => ok(MESSAGE_SETTINGS)),
    route(deps, 'get', '/messages', 'messages', ({ claims, request, ok }) => {
      const paging = readPaging(new URL(request.url));
      if (paging instanceof Response) return paging;
      seedHistory(store, claims.ydernummer, getReferenceDate());
      const messages = Object.values(store.state.messages)
        .filter((m) => m.ydernummer === claims.ydernummer)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const page = paged(messages, paging);
      return ok({ ...page, items: page.items.map((m) => summarise(store, m)) });
    }),
    route(deps, 'post', '/messages', 'messages', ({ claims, request, ok }) => {
      const refused = forbidUnless(claims, SENDERS, 'At sende beskeder');
      if (refused) return refused;
      return idempotent(store, claims, request, async () => {
        const input = await readBody(request, messageCreate);
        if (input instanceof Response) return input;
        const ids = [...new Set(input.patientIds)];
        const patients = ids.map((id) => findPatientById(claims.ydernummer, id));
        const strangers = patients.filter((p) => !p).length;
        if (strangers) {
          return problem(
            403,
            'Ikke klinikkens patienter',
            `${strangers} af modtagerne er ikke tilmeldt klinikken.`,
          );
        }
        const batchSize = input.batchSize ?? MESSAGE_SETTINGS.defaultBatchSize;
        const { recipients, batchCount } = freezeRecipients(
          claims.ydernummer,
          patients.filter((p) => p !== undefined),
          batchSize,
        );
        if (batchCount === 0)
          return problem(
            422,
            'Ingen kan modtage beskeden',
            'Ingen af de valgte patienter kan modtage beskeder i Min Læge.',
          );
        const message: MessageRecord = {
          id: store.nextId('msg'),
          ydernummer: claims.ydernummer,
          subject: input.subject,
          body: input.body,
          filter: input.filter,
          createdAt: nowOf(deps).toISOString(),
          createdBy: { id: claims.sub, name: claims.name, role: claims.role },
          batchSize,
          batchCount,
          recipients,
          batchesSent: {},
        };
        store.state.messages[message.id] = message;
        const draft = input.draftId ? store.state.drafts[input.draftId] : undefined;
        if (draft?.ydernummer === claims.ydernummer) delete store.state.drafts[draft.id];
        return ok(messageDetail(store, message), { status: 201 });
      });
    }),
    route(deps, 'get', '/messages/{messageId}', 'messages', ({ claims, params, ok }) => {
      const message = clinicMessage(claims, String(params.messageId));
      return message instanceof Response ? message : ok(messageDetail(store, message));
    }),
    route(deps, 'get', '/messages/{messageId}/recipients', 'messages', ({ claims, params, request, ok }) => {
      const message = clinicMessage(claims, String(params.messageId));
      if (message instanceof Response) return message;
      const url = new URL(request.url);
      const paging = readPaging(url);
      if (paging instanceof Response) return paging;
      const state = url.searchParams.get('state');
      if (state && !STATES.includes(state as never)) return problem(400, 'Ukendt leveringstilstand', state);
      const recipients = recipientViews(store, message).filter((r) => !state || r.state === state);
      return ok(paged(recipients, paging));
    }),
    route(
      deps,
      'post',
      '/messages/{messageId}/batches/{batch}',
      'messages',
      ({ claims, params, request, ok }) => {
        const refused = forbidUnless(claims, SENDERS, 'At sende beskeder');
        if (refused) return refused;
        const message = clinicMessage(claims, String(params.messageId));
        if (message instanceof Response) return message;
        const batch = Number(params.batch);
        if (!Number.isInteger(batch) || batch < 1 || batch > message.batchCount) {
          return problem(404, 'Pakken findes ikke', `Beskeden har ${message.batchCount} pakker.`);
        }
        return idempotent(store, claims, request, () => {
          const result = sendBatch(store, message, batch, nowOf(deps).toISOString());
          return ok({ messageId: message.id, batch, ...result, message: summarise(store, message) });
        });
      },
    ),
  ];
}
