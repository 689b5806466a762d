import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import type { HttpResponseResolver } from 'msw';
import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { problem } from './problem.ts';

export type VerifyAccessToken = (token: string) => Promise<AccessTokenClaims>;

/** Verifies PLSP access tokens: signature against the provider's keys, issuer, audience, expiry, type. */
export function createJwksVerifier({
  jwks,
  issuer,
  audience,
}: {
  jwks: { keys: JWK[] };
  issuer: string;
  audience: string;
}): VerifyAccessToken {
  const keys = createLocalJWKSet(jwks);
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer, audience, typ: 'at+jwt', clockTolerance: 5 });
    return payload as unknown as AccessTokenClaims;
  };
}

const WWW_AUTHENTICATE = 'Bearer realm="plsp"';

type AuthedResolver = (
  info: Parameters<HttpResponseResolver>[0] & { claims: AccessTokenClaims },
) => ReturnType<HttpResponseResolver>;

/**
 * Wraps a resolver: no token → 401; a token that fails verification (bad signature, expired, an ID
 * token used as bearer) → 401 invalid_token; a token without the API scope → 403.
 */
export function withAuth(verify: VerifyAccessToken, resolver: AuthedResolver): HttpResponseResolver {
  return async (info) => {
    const header = info.request.headers.get('Authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    if (!token)
      return problem(401, 'Adgangsbillet mangler', 'The request carries no bearer token.', {
        'WWW-Authenticate': WWW_AUTHENTICATE,
      });
    let claims: AccessTokenClaims;
    try {
      claims = await verify(token);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'invalid';
      return problem(401, 'Ugyldig adgangsbillet', code, {
        'WWW-Authenticate': `${WWW_AUTHENTICATE}, error="invalid_token"`,
      });
    }
    if (!claims.scope?.split(' ').includes('plsp')) {
      return problem(403, 'Manglende adgang', 'The token lacks the plsp scope.', {
        'WWW-Authenticate': `${WWW_AUTHENTICATE}, error="insufficient_scope"`,
      });
    }
    return resolver({ ...info, claims });
  };
}
