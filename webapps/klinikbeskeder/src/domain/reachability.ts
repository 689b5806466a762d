import type { Channel, ClinicPatient, UnreachableReason } from './types.ts';

export type Reachability =
  { channel: Exclude<Channel, 'none'> } | { channel: 'none'; reason: UnreachableReason };

const ownProfile = (patient: ClinicPatient): Reachability => {
  if (!patient.minLaege.user) return { channel: 'none', reason: 'no-min-laege' };
  if (!patient.minLaege.consent) return { channel: 'none', reason: 'no-consent' };
  return { channel: 'self' };
};

/**
 * How a message reaches a patient (../shared/domain §4 [A]): from 15 years on, their own Min Læge
 * profile with consent; a child under 15 through the parent listed in the clinic, who must be able to
 * receive. `age` is the age on the day of sending.
 */
export function reachabilityOf(
  patient: ClinicPatient,
  age: number,
  parent: ClinicPatient | undefined,
  childAgeLimit: number,
): Reachability {
  if (age >= childAgeLimit) return ownProfile(patient);
  if (!parent) return { channel: 'none', reason: 'no-parent' };
  return ownProfile(parent).channel === 'self'
    ? { channel: 'parent' }
    : { channel: 'none', reason: 'parent-unreachable' };
}
