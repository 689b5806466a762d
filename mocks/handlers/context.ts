import { http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import type { paths } from '../../shared/api/plsp.d.ts';
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

export const nowOf = (deps: HandlerDeps): Date => deps.now?.() ?? new Date();

type Method = 'get' | 'put' | 'post' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;
/** The JSON body of an operation's 200 or 201 answer, straight from the generated contract. */
type SuccessBody<Operation> = Operation extends { responses: infer Responses }
  ? { [S in keyof Responses]: S extends 200 | 201 ? JsonOf<Responses[S]> : never }[keyof Responses]
  : never;
type MethodsOf<P extends keyof paths> = {
  [M in Method]: NonNullable<paths[P][M]> extends never ? never : M;
}[Method];

export type RouteInfo<P extends keyof paths, M extends MethodsOf<P>> = Parameters<Resolver>[0] & {
  /** Answers with a body the contract allows for this path and method; anything else fails typecheck. */
  ok(
    body: SuccessBody<NonNullable<paths[P][M]>>,
    init?: { status?: 200 | 201; headers?: Record<string, string> },
  ): Response;
};

/**
 * A handler for one operation of the contract: the path must exist in it, and `ok` only takes the body
 * the contract defines for that path and method, so a handler that drifts from the contract fails typecheck.
 */
export function route<P extends keyof paths & string, M extends MethodsOf<P>>(
  deps: HandlerDeps,
  method: M,
  path: P,
  api: ApiGroup,
  resolver: (info: RouteInfo<P, M>) => Response | Promise<Response>,
): HttpHandler {
  const pattern = `${API}${path.replace(/\{(\w+)\}/g, ':$1')}`;
  return http[method](
    pattern,
    guarded(deps, api, (info) => resolver({ ...info, ok: (body, init) => HttpResponse.json(body, init) })),
  );
}
