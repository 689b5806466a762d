import type { AccessTokenClaims, Role } from '../../shared/src/auth/claims.ts';
import { problem } from './problem.ts';

/** 403 unless the user's role (from the handoff claims) allows the action. */
export function forbidUnless(
  claims: AccessTokenClaims,
  roles: readonly Role[],
  action: string,
): Response | undefined {
  if (roles.includes(claims.role)) return undefined;
  return problem(403, 'Din rolle giver ikke adgang', `${action} kræver rollen ${roles.join(' eller ')}.`);
}

/** Klinikbeskeder: doctors and secretaries send; every role reads. */
export const SENDERS: readonly Role[] = ['doctor', 'secretary'];
/** AIM's patient-level data: doctors and nurses only. */
export const CLINICAL: readonly Role[] = ['doctor', 'nurse'];
