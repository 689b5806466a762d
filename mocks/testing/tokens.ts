import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { PLSP_API_RESOURCE, type AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { createJwksVerifier } from '../handlers/auth.ts';

export const TEST_ISSUER = 'https://login.test.invalid';

export type TokenClaims = Partial<Omit<AccessTokenClaims, 'iss' | 'aud' | 'exp' | 'iat'>> & {
  expiresIn?: number;
};

/**
 * Tokens for vitest, signed with a key made in the test process, in the same shape as the
 * provider's access tokens; the handlers verify them exactly as they verify the real ones.
 */
export async function createTestAuth() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
  const verifyAccessToken = createJwksVerifier({
    jwks: { keys: [publicJwk] },
    issuer: TEST_ISSUER,
    audience: PLSP_API_RESOURCE,
  });

  async function mintToken({ expiresIn = 300, ...claims }: TokenClaims = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: 'mette.vinther@990011',
      name: 'Mette Vinther',
      ydernummer: '990011',
      role: 'doctor',
      sundheds_id: true,
      scope: 'plsp',
      client_id: 'klinik-plus',
      ...claims,
    };
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'test-key' })
      .setIssuer(TEST_ISSUER)
      .setAudience(PLSP_API_RESOURCE)
      .setIssuedAt(now)
      .setExpirationTime(now + expiresIn)
      .sign(privateKey);
  }
  return { verifyAccessToken, mintToken, privateKey };
}
