import type { Role } from './claims.ts';

/**
 * What each role of the handoff may do beyond opening a webapp (which the manifest decides).
 * One table, so the shell, the webapps and the mock API agree.
 */
export const PERMISSIONS = {
  'messages.send': ['doctor', 'secretary'],
  'aim.patients': ['doctor', 'nurse'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, { da: string; en: string }> = {
  doctor: { da: 'Læge', en: 'Doctor' },
  nurse: { da: 'Sygeplejerske', en: 'Nurse' },
  secretary: { da: 'Lægesekretær', en: 'Medical secretary' },
};
