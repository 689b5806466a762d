import type { HttpResponseResolver } from 'msw';
import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { withAuth, type VerifyAccessToken } from './auth.ts';
import { applyFault, type ApiGroup, type FaultSwitch } from './faults.ts';
import type { MockStore } from './store.ts';

export interface HandlerDeps {
  verifyAccessToken: VerifyAccessToken;
  store: MockStore;
  faults: FaultSwitch;
  now?: () => Date;
}

export type Resolver = (
  info: Parameters<HttpResponseResolver>[0] & { claims: AccessTokenClaims },
) => ReturnType<HttpResponseResolver>;

/** Every handler: authenticated, scoped to the token, and subject to its group's fault switch. */
export function guarded(deps: HandlerDeps, api: ApiGroup, resolver: Resolver): HttpResponseResolver {
  return withAuth(
    deps.verifyAccessToken,
    async (info) => (await applyFault(deps.faults, api, info.claims.iat)) ?? resolver(info),
  );
}

/** The base URL pattern of the PLSP API; `*` so it matches in Node, jsdom and the browser alike. */
export const API = '*/api/v1';
