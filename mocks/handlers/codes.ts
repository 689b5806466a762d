import type { HttpHandler } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import { clinicByYdernummer } from '../data/index.ts';
import { ICPC_CODES } from '../data/icpc.ts';
import { codesForRegion, inCeiling, type ServiceCodeFixture } from '../data/service-codes.ts';
import { route, type HandlerDeps } from './context.ts';
import { problem } from './problem.ts';

/** The code lists: ICPC-2 diagnoses and the ydelseskoder of the clinic's region. */
export function codeHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    route(deps, 'get', '/codes/icpc', 'messages', ({ ok }) =>
      ok({
        items: ICPC_CODES.map(({ code, text, chronic, aim }) => ({
          code,
          text,
          chronic,
          ...(aim ? { aimDatabaseId: aim } : {}),
        })),
      }),
    ),
    route(deps, 'get', '/codes/services', 'messages', ({ claims, ok }) => {
      const clinic = clinicByYdernummer(claims.ydernummer);
      if (!clinic) return problem(403, 'Ukendt klinik', `Ingen klinik ${claims.ydernummer}.`);
      return ok({ items: codesForRegion(clinic.regionCode).map(serviceCode) });
    }),
  ];
}

export function serviceCode(code: ServiceCodeFixture): components['schemas']['ServiceCode'] {
  return {
    code: code.code,
    name: code.name,
    group: code.group,
    feeDkk: code.feeDkk,
    inCeiling: inCeiling(code),
    chronicCareCovered: Boolean(code.chronicCareCovered),
    recipientFilter: Boolean(code.recipientFilter),
    ...(code.regionCode ? { regionCode: code.regionCode } : {}),
    guidance: code.guidance,
  };
}
