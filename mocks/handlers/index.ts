import type { RequestHandler } from 'msw';
import { aimHandlers } from './aim.ts';
import { appointmentHandlers } from './appointments.ts';
import { clinicPatientHandlers } from './clinic-patients.ts';
import { codeHandlers } from './codes.ts';
import type { HandlerDeps } from './context.ts';
import { messageDraftHandlers } from './message-drafts.ts';
import { messageHandlers } from './messages.ts';
import { portalHandlers } from './portal.ts';
import { serviceUsageHandlers } from './service-usage.ts';
import { specialistHandlers } from './specialists.ts';

export type { HandlerDeps } from './context.ts';

/** All PLSP API handlers: the same set serves the demo server, vitest and Playwright. */
export function createHandlers(deps: HandlerDeps): RequestHandler[] {
  return [
    ...portalHandlers(deps),
    ...specialistHandlers(deps),
    ...appointmentHandlers(deps),
    ...codeHandlers(deps),
    ...clinicPatientHandlers(deps),
    ...messageDraftHandlers(deps),
    ...messageHandlers(deps),
    ...serviceUsageHandlers(deps),
    ...aimHandlers(deps),
  ];
}
