import { createServer } from 'node:http';
import type { JWK } from 'jose';
import type Provider from 'oidc-provider';
import { interactionRoutes } from './interactions.ts';
import { createLaunchRegistry } from './launches.ts';
import { createProvider } from './provider.ts';
import { simulatorRoutes, type DemoPatient } from './simulator/routes.ts';

export interface IdpOptions {
  issuer: string;
  port: number;
  appOrigin: string;
  clientId: string;
  /** Demo patients offered per clinic in the simulator; injected so the provider does not depend on the data. */
  listDemoPatients: (ydernummer: string) => DemoPatient[];
  accessTokenTtlSeconds?: number;
}

/**
 * The discovery document changes only with a deployment, and the shell reads it on /launch and
 * again on /auth/callback: cacheable for five minutes (as large providers do), so the callback
 * goes straight to the token exchange.
 */
const cacheableDiscovery: Parameters<Provider['use']>[0] = async (ctx, next) => {
  await next();
  if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200)
    ctx.set('Cache-Control', 'public, max-age=300');
};

/** Starts the loopback OpenID provider with the practice-system simulator in front of it. */
export async function startIdp(
  options: IdpOptions,
): Promise<{ close(): Promise<void>; publicJwks: { keys: JWK[] }; issuer: string }> {
  const launches = createLaunchRegistry();
  const { provider, publicJwks } = await createProvider({
    issuer: options.issuer,
    appOrigin: options.appOrigin,
    clientId: options.clientId,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
    launches,
  });
  provider.use(
    simulatorRoutes({
      issuer: options.issuer,
      appOrigin: options.appOrigin,
      launches,
      listDemoPatients: options.listDemoPatients,
    }),
  );
  provider.use(interactionRoutes(provider, launches));
  provider.use(cacheableDiscovery);
  const server = createServer(provider.callback());
  await new Promise<void>((resolve) =>
    server.listen(options.port, new URL(options.issuer).hostname, resolve),
  );
  return {
    issuer: options.issuer,
    publicJwks,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
