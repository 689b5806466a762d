import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { problem } from './problem.ts';
import type { MockStore } from './store.ts';

/**
 * Idempotency-Key handling (as in the IETF httpapi draft): the first successful answer to a key is
 * stored and replayed for every repeat; the same key with another request is 422; no key is 400.
 * Failures are not stored, so a retry after a 4xx or 5xx is evaluated afresh. Keys are per clinic.
 */
export async function idempotent(
  store: MockStore,
  claims: AccessTokenClaims,
  request: Request,
  handle: () => Response | Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key || key.length < 8 || key.length > 200) {
    return problem(400, 'Idempotency-Key mangler', 'Afsendelse kræver en Idempotency-Key på 8–200 tegn.');
  }
  const fingerprint = `${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`;
  const scopedKey = `${claims.ydernummer}|${key}`;
  const stored = store.state.idempotency[scopedKey];
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      return problem(
        422,
        'Idempotency-Key brugt til en anden forespørgsel',
        `Nøglen ${key} hører til en anden forespørgsel.`,
      );
    }
    return new Response(stored.body, {
      status: stored.status,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Replayed': 'true' },
    });
  }
  const response = await handle();
  if (response.ok) {
    store.state.idempotency[scopedKey] = {
      fingerprint,
      status: response.status,
      body: await response.clone().text(),
    };
  }
  return response;
}
