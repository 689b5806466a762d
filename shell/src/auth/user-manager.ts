import { UserManager, WebStorageStateStore, type OidcMetadata } from 'oidc-client-ts';
import { KLINIK_SCOPES } from '@klinik/shared/claims';
import type { ShellConfig } from '../config.ts';

// Which issuer this tab launched from: the callback and any later re-login must use the same one.
const ISSUER_KEY = 'klinik:issuer';

export function rememberIssuer(issuer: string): void {
  sessionStorage.setItem(ISSUER_KEY, issuer);
}

export function forgetIssuer(): void {
  sessionStorage.removeItem(ISSUER_KEY);
  sessionStorage.removeItem(METADATA_KEY);
}

// The issuer's discovery document as /launch read it: the callback page, a second later in the same
// tab, starts its token request without reading it again (a request on the critical path).
const METADATA_KEY = 'klinik:issuer-metadata';

export async function rememberMetadata(userManager: UserManager): Promise<void> {
  sessionStorage.setItem(METADATA_KEY, JSON.stringify(await userManager.metadataService.getMetadata()));
}

function rememberedMetadata(issuer: string): Partial<OidcMetadata> | undefined {
  try {
    const metadata = JSON.parse(
      sessionStorage.getItem(METADATA_KEY) ?? 'null',
    ) as Partial<OidcMetadata> | null;
    return metadata?.issuer === issuer ? metadata : undefined;
  } catch {
    return undefined; // unreadable: read the discovery document again
  }
}

export function rememberedIssuer(config: ShellConfig): ShellConfig['issuers'][number] | undefined {
  const issuer = sessionStorage.getItem(ISSUER_KEY);
  return config.issuers.find((allowed) => allowed.issuer === issuer);
}

/**
 * One UserManager for the whole page (several would race on callbacks and refresh tokens).
 * Tokens and PKCE state live in this tab's sessionStorage, never localStorage; renewal uses the
 * refresh token, not an iframe, so it survives third-party-cookie blocking.
 */
export function createUserManager(
  { issuer, clientId }: ShellConfig['issuers'][number],
  basePath = '',
): UserManager {
  const origin = window.location.origin + basePath;
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  const metadata = rememberedMetadata(issuer);
  return new UserManager({
    authority: issuer,
    ...(metadata ? { metadata } : {}),
    client_id: clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/logged-out`,
    scope: KLINIK_SCOPES,
    userStore: store,
    stateStore: store,
    loadUserInfo: false,
    monitorSession: false,
    automaticSilentRenew: true,
    // Ending the provider session ends the refresh token too (it is bound to the session: online_access),
    // and JWT access tokens cannot be revoked, so there is nothing to revoke separately.
    revokeTokensOnSignout: false,
  });
}
