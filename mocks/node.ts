import { setupServer } from 'msw/node';
import { createHandlers } from './handlers/index.ts';
import { createFaultSwitch } from './handlers/faults.ts';
import { createStore } from './handlers/store.ts';
import { createTestAuth } from './testing/tokens.ts';

/** The same handlers as the demo server, for vitest (msw/node), with locally minted tokens. */
export const testAuth = await createTestAuth();
export const store = createStore();
export const faults = createFaultSwitch();
export const server = setupServer(
  ...createHandlers({ verifyAccessToken: testAuth.verifyAccessToken, store, faults }),
);
