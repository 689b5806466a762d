import { afterAll, afterEach, beforeAll } from 'vitest';
import { faults, server, store, testAuth } from '../../mocks/node.ts';
import type { TokenClaims } from '../../mocks/testing/tokens.ts';

/** Import once in a test file to run it against the PLSP mock handlers (msw/node). */
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  faults.clear();
  store.reset();
});
afterAll(() => server.close());

export const mintToken = (claims: TokenClaims = {}) => testAuth.mintToken(claims);
export { faults, server, store };
