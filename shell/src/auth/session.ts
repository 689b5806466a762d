import type { User, UserManager } from 'oidc-client-ts';
import { ApiError, type Clinic, type IdTokenClaims, type SignedInUser } from '@klinik/shared';
import { signInAgain } from './handoff.ts';
import { forgetIssuer } from './user-manager.ts';

export interface Session {
  user: SignedInUser;
  clinic: Clinic;
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** The session is gone (refresh refused): log in again and come back to the same place. */
  expire(): void;
  logout(): Promise<void>;
}

/** Builds the signed-in user and clinic from the ID token's claims (see shared/src/auth/claims.ts). */
export function createSession(userManager: UserManager, initialUser: User): Session {
  const claims = initialUser.profile as unknown as IdTokenClaims;
  let renewing: Promise<User | null> | undefined;
  let expiring = false;

  // One renewal at a time: the provider rotates refresh tokens, so two parallel renewals would
  // spend the same refresh token twice and the second would revoke the grant.
  function renew(): Promise<User | null> {
    renewing ??= userManager
      .signinSilent()
      .catch(() => null)
      .finally(() => (renewing = undefined));
    return renewing;
  }

  function expire(): void {
    if (expiring) return;
    expiring = true;
    void signInAgain(userManager);
  }

  userManager.events.addSilentRenewError(expire);

  return {
    user: {
      id: claims.sub,
      name: claims.name,
      role: claims.role,
      sundhedsId: claims.sundheds_id === true,
      autorisationsId: claims.autorisations_id,
    },
    clinic: { ydernummer: claims.ydernummer, name: claims.clinic_name, regionCode: claims.region_code },
    async getAccessToken({ forceRefresh = false } = {}) {
      let user = await userManager.getUser();
      if (!user || user.expired || forceRefresh) user = await renew();
      if (!user) {
        expire();
        throw new ApiError('session');
      }
      return user.access_token;
    },
    expire,
    async logout() {
      forgetIssuer();
      await userManager.signoutRedirect();
    },
  };
}
