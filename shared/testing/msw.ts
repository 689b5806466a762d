import { afterAll, afterEach, beforeAll, onTestFinished } from 'vitest';
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

/** The path of every request the handlers see from now to the end of the current test, in order. */
export function requestedPaths(): string[] {
  const paths: string[] = [];
  const record = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname);
  server.events.on('request:start', record);
  onTestFinished(() => server.events.removeListener('request:start', record));
  return paths;
}
export { faults, server, store };
