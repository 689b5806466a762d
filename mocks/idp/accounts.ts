import type { IdTokenClaims } from '../../shared/src/auth/claims.ts';
import { clinicByYdernummer, DEMO_USERS, type DemoUser } from '../data/clinics.ts';

export function findDemoUser(accountId: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.accountId === accountId);
}

/** The ID token claims of a demo account: identity, clinic, role and sundheds-id. */
export function accountClaims(user: DemoUser): IdTokenClaims {
  const clinic = clinicByYdernummer(user.ydernummer);
  if (!clinic) throw new Error(`Demo user ${user.accountId} has no clinic`);
  return {
    sub: user.accountId,
    name: user.name,
    ydernummer: clinic.ydernummer,
    clinic_name: clinic.name,
    region_code: clinic.regionCode,
    role: user.role,
    sundheds_id: user.sundhedsId,
    ...(user.autorisationsId ? { autorisations_id: user.autorisationsId } : {}),
  };
}
