import type { RequestHandler } from 'msw';
import type { HandlerDeps } from './context.ts';
import { appointmentHandlers } from './appointments.ts';
import { portalHandlers } from './portal.ts';
import { specialistHandlers } from './specialists.ts';

export type { HandlerDeps } from './context.ts';

/** All PLSP API handlers: the same set serves the demo server, vitest and Playwright. */
export function createHandlers(deps: HandlerDeps): RequestHandler[] {
  return [...portalHandlers(deps), ...specialistHandlers(deps), ...appointmentHandlers(deps)];
}
