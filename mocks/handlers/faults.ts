import { delay, HttpResponse } from 'msw';
import { problem } from './problem.ts';

/** The mock API's groups, one per webapp's backend, plus the portal's status. */
export const API_GROUPS = [
  'specialists',
  'appointments',
  'messages',
  'service-usage',
  'aim',
  'status',
] as const;
export type ApiGroup = (typeof API_GROUPS)[number];
export const FAULT_KINDS = [
  'latency',
  '500',
  '503',
  'timeout',
  'drop',
  'malformed',
  'expired-token',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  api: ApiGroup | 'all';
  fault: FaultKind;
  latencyMs?: number;
}

interface ActiveFault extends Fault {
  /** When it was switched on (epoch seconds): `expired-token` rejects tokens issued before it. */
  since: number;
}

/**
 * The fault switch, for demos and tests: each API group (or all) can be made slow, failing, hanging,
 * dropping, malformed or token-rejecting. A fault for one group leaves the others working.
 */
export function createFaultSwitch() {
  const faults = new Map<ApiGroup | 'all', ActiveFault>();
  return {
    set(fault: Fault | { api: ApiGroup | 'all'; fault: 'none' }): void {
      if (fault.fault === 'none') faults.delete(fault.api);
      else faults.set(fault.api, { ...fault, since: Math.floor(Date.now() / 1000) });
    },
    clear: () => faults.clear(),
    list: (): Fault[] => [...faults.values()].map(({ since: _since, ...fault }) => fault),
    /** The fault that applies to a group: its own, else the one for all. */
    for: (api: ApiGroup): ActiveFault | undefined => faults.get(api) ?? faults.get('all'),
  };
}
export type FaultSwitch = ReturnType<typeof createFaultSwitch>;

/**
 * Applies a group's fault to a request: a response that replaces the real one, or undefined to go on.
 * `expired-token` behaves like a real expiry: tokens issued before the switch are refused, so a
 * client that renews its token carries on.
 */
export async function applyFault(
  faults: FaultSwitch,
  api: ApiGroup,
  tokenIssuedAt: number,
): Promise<Response | undefined> {
  const fault = faults.for(api);
  if (!fault) return undefined;
  switch (fault.fault) {
    case 'latency':
      await delay(fault.latencyMs ?? 1500);
      return undefined;
    case '500':
      return problem(500, 'Intern fejl', 'Simulated server error (fault switch).');
    case '503':
      return problem(503, 'Tjenesten er utilgængelig', 'Simulated outage (fault switch).', {
        'Retry-After': '2',
      });
    case 'timeout':
      await delay(fault.latencyMs ?? 60_000);
      return problem(504, 'Timeout', 'Simulated timeout (fault switch).');
    case 'drop':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"items": [{"id": "tru', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'expired-token':
      if (tokenIssuedAt >= fault.since) return undefined;
      return problem(401, 'Ugyldig adgangsbillet', 'ERR_JWT_EXPIRED', {
        'WWW-Authenticate': 'Bearer realm="plsp", error="invalid_token"',
      });
  }
}
