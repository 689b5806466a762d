import { setupServer } from 'msw/node';
import { createHandlers } from './handlers/index.ts';
import { createFaultSwitch, type Fault } from './handlers/faults.ts';
import { createStore } from './handlers/store.ts';
import { createTestAuth, type TokenClaims } from './testing/tokens.ts';

/** The same handlers as the demo server, for vitest (msw/node), with locally minted tokens. */
export const testAuth = await createTestAuth();
export const store = createStore();
export const faults = createFaultSwitch();
export const server = setupServer(
  ...createHandlers({ verifyAccessToken: testAuth.verifyAccessToken, store, faults }),
);

/** A token for the test user (Mette Vinther, doctor at 990011) with any claims overridden. */
export const mintToken = (claims: TokenClaims = {}) => testAuth.mintToken(claims);
/** Back to the seed: no drafts, messages, idempotency keys or audit entries. */
export const resetMockStore = () => store.reset();
/** Switches a fault on for one API group or all; `fault: 'none'` switches it off. */
export const setFault = (fault: Fault | { api: Fault['api']; fault: 'none' }) => faults.set(fault);
