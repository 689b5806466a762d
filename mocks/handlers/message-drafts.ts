import { HttpResponse, type HttpHandler } from 'msw';
import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { BUILT_IN_TEMPLATES } from '../data/messaging.ts';
import { nowOf, route, type HandlerDeps } from './context.ts';
import { paged, readPaging } from './paging.ts';
import { problem } from './problem.ts';
import { forbidUnless, SENDERS } from './roles.ts';
import { ownRecord } from './scoping.ts';
import { draftInput, readBody, templateInput } from './validation.ts';

const userRef = (claims: AccessTokenClaims) => ({ id: claims.sub, name: claims.name, role: claims.role });
const withoutClinic = <T extends { ydernummer: string }>({ ydernummer: _clinic, ...rest }: T) => rest;

/**
 * Drafts and templates. The client picks the id and PUTs the whole draft, so an autosave that is
 * retried, or repeated after a reload or a new login, replaces the same draft instead of adding one.
 */
export function messageDraftHandlers(deps: HandlerDeps): HttpHandler[] {
  const { store } = deps;
  /** A stored draft or template id that another clinic already uses is refused, never overwritten. */
  const takenByOtherClinic = (record: { ydernummer: string } | undefined, claims: AccessTokenClaims) =>
    record && record.ydernummer !== claims.ydernummer
      ? problem(403, 'Tilhører en anden klinik', 'Id’et bruges af en anden klinik.')
      : undefined;

  return [
    route(deps, 'get', '/message-drafts', 'messages', ({ claims, request, ok }) => {
      const paging = readPaging(new URL(request.url));
      if (paging instanceof Response) return paging;
      const drafts = Object.values(store.state.drafts)
        .filter((d) => d.ydernummer === claims.ydernummer)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map(withoutClinic);
      return ok(paged(drafts, paging));
    }),
    route(deps, 'get', '/message-drafts/{draftId}', 'messages', ({ claims, params, ok }) => {
      const draft = ownRecord(store.state.drafts[String(params.draftId)], claims, 'Kladden');
      return draft instanceof Response ? draft : ok(withoutClinic(draft));
    }),
    route(deps, 'put', '/message-drafts/{draftId}', 'messages', async ({ claims, params, request, ok }) => {
      const id = String(params.draftId);
      const refused =
        forbidUnless(claims, SENDERS, 'At skrive beskeder') ??
        takenByOtherClinic(store.state.drafts[id], claims);
      if (refused) return refused;
      const input = await readBody(request, draftInput);
      if (input instanceof Response) return input;
      const draft = { ...input, id, updatedAt: nowOf(deps).toISOString(), updatedBy: userRef(claims) };
      store.state.drafts[id] = { ...draft, ydernummer: claims.ydernummer };
      return ok(draft);
    }),
    route(deps, 'delete', '/message-drafts/{draftId}', 'messages', ({ claims, params }) => {
      const id = String(params.draftId);
      const refused =
        forbidUnless(claims, SENDERS, 'At slette kladder') ??
        takenByOtherClinic(store.state.drafts[id], claims);
      if (refused) return refused;
      delete store.state.drafts[id];
      return new HttpResponse(null, { status: 204 });
    }),

    route(deps, 'get', '/message-templates', 'messages', ({ claims, ok }) => {
      const builtIn = BUILT_IN_TEMPLATES.map((t) => ({
        ...t,
        builtIn: true,
        updatedAt: '2025-01-01T00:00:00.000Z',
      }));
      const own = Object.values(store.state.templates)
        .filter((t) => t.ydernummer === claims.ydernummer)
        .sort((a, b) => a.name.localeCompare(b.name, 'da'))
        .map(withoutClinic);
      return ok({ items: [...builtIn, ...own] });
    }),
    route(
      deps,
      'put',
      '/message-templates/{templateId}',
      'messages',
      async ({ claims, params, request, ok }) => {
        const id = String(params.templateId);
        const refused =
          forbidUnless(claims, SENDERS, 'At gemme skabeloner') ??
          builtInRefusal(id) ??
          takenByOtherClinic(store.state.templates[id], claims);
        if (refused) return refused;
        const input = await readBody(request, templateInput);
        if (input instanceof Response) return input;
        const template = {
          ...input,
          id,
          builtIn: false,
          updatedAt: nowOf(deps).toISOString(),
          updatedBy: userRef(claims),
        };
        store.state.templates[id] = { ...template, ydernummer: claims.ydernummer };
        return ok(template);
      },
    ),
    route(deps, 'delete', '/message-templates/{templateId}', 'messages', ({ claims, params }) => {
      const id = String(params.templateId);
      const refused =
        forbidUnless(claims, SENDERS, 'At slette skabeloner') ??
        builtInRefusal(id) ??
        takenByOtherClinic(store.state.templates[id], claims);
      if (refused) return refused;
      delete store.state.templates[id];
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

function builtInRefusal(id: string): Response | undefined {
  return BUILT_IN_TEMPLATES.some((t) => t.id === id)
    ? problem(
        409,
        'Indbygget skabelon',
        'De indbyggede skabeloner kan ikke ændres eller slettes; gem en kopi.',
      )
    : undefined;
}
