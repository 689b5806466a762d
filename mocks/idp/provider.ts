import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, {
  errors,
  interactionPolicy,
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { PLSP_API_RESOURCE } from '../../shared/src/auth/claims.ts';
import { accountClaims, findDemoUser } from './accounts.ts';
import type { LaunchRegistry } from './launches.ts';

export interface ProviderOptions {
  issuer: string;
  appOrigin: string;
  clientId: string;
  accessTokenTtlSeconds: number;
  launches: LaunchRegistry;
}

async function signingKey(alg: 'RS256' | 'ES256'): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `${alg.toLowerCase()}-${randomBytes(6).toString('hex')}`;
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' },
  };
}

const OIDC_SCOPES = 'openid profile klinik launch online_access';

/**
 * A real OpenID provider (oidc-provider 9) as the 1Login stand-in: a public PKCE client, keys made
 * at start, custom claims in the ID token, JWT access tokens for the PLSP API carrying the clinic,
 * role, sundheds-id and the launch's patient.
 */
export async function createProvider({
  issuer,
  appOrigin,
  clientId,
  accessTokenTtlSeconds,
  launches,
}: ProviderOptions) {
  const [rsa, ec] = await Promise.all([signingKey('RS256'), signingKey('ES256')]);

  // A launch's user must be the one logged in: a session for someone else asks for login again.
  const login = interactionPolicy.base().get('login')!;
  login.checks.add(
    new interactionPolicy.Check('launch_account', 'the launch is for another account', (ctx) => {
      const launch = ctx.oidc.params?.launch as string | undefined;
      const wanted = launch ? launches.peek(launch)?.accountId : undefined;
      if (!wanted || ctx.oidc.result?.login) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      return ctx.oidc.session?.accountId === wanted
        ? interactionPolicy.Check.NO_NEED_TO_PROMPT
        : interactionPolicy.Check.REQUEST_PROMPT;
    }),
  );
  const policy = interactionPolicy.base();
  policy.remove('login');
  policy.add(login, 0);

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${appOrigin}/auth/callback`, `${appOrigin}/plain/auth/callback`],
        post_logout_redirect_uris: [`${appOrigin}/logged-out`],
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: {
      keys: [rsa.privateJwk, ec.privateJwk] as Configuration['jwks'] extends { keys: infer K } ? K : never,
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // `plsp` is not listed: it is the API's resource scope (see getResourceServerInfo), not an OpenID scope.
    scopes: ['openid', 'profile', 'klinik', 'launch', 'online_access'],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      klinik: ['ydernummer', 'clinic_name', 'region_code', 'role', 'sundheds_id', 'autorisations_id'],
    },
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const user = findDemoUser(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: async () => ({ ...accountClaims(user) }) };
    },
    extraParams: {
      launch(_ctx, value) {
        if (value === undefined) return;
        if (!launches.peek(String(value)))
          throw new errors.InvalidRequest('launch is unknown, expired or already used');
      },
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const user = findDemoUser(token.accountId);
      if (!user) return undefined;
      const claims = accountClaims(user);
      const launch = launches.forGrant(token.grantId);
      return {
        name: claims.name,
        ydernummer: claims.ydernummer,
        role: claims.role,
        sundheds_id: claims.sundheds_id,
        ...(launch?.patientCpr ? { patient: launch.patientCpr } : {}),
      };
    },
    // A fresh grant per authorization: scopes never accumulate, and the launch binds to this grant.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope(OIDC_SCOPES);
      grant.addResourceScope(PLSP_API_RESOURCE, 'plsp');
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') &&
      (code.scopes.has('online_access') || code.scopes.has('offline_access')),
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          // The demo's provider ends the session at once: the user pressed "Log ud" in Klinik+ already.
          ctx.body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Logger ud …</title>
<link rel="icon" href="data:,"><script src="/simulator/logout.js" defer></script></head><body><p>Logger ud …</p>${form}</body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PLSP_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          if (indicator !== PLSP_API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: 'plsp',
            audience: PLSP_API_RESOURCE,
            accessTokenTTL: accessTokenTtlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 8 * 3600,
      Session: 10 * 3600,
      Grant: 10 * 3600,
      Interaction: 600,
    },
    pkce: { required: () => true },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = false;

  // Spend the launch when its code is issued, binding its context to this authorization's grant.
  provider.on('authorization_code.saved', (code) => {
    const ctx = Provider.ctx;
    const launch = ctx?.oidc.params?.launch as string | undefined;
    const sessionUid = ctx?.oidc.session?.uid;
    if (!code.grantId) return;
    if (launch) launches.consume(launch, code.grantId, sessionUid);
    else launches.continueSession(code.grantId, sessionUid);
  });

  return { provider, publicJwks: { keys: [rsa.publicJwk, ec.publicJwk] } };
}
