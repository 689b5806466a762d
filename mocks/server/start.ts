import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLSP_API_RESOURCE } from '../../shared/src/auth/claims.ts';
import type { ShellConfig } from '../../shell/src/config.ts';
import { listDemoPatients } from '../data/index.ts';
import { createJwksVerifier } from '../handlers/auth.ts';
import { startIdp } from '../idp/index.ts';
import { createApiAdapter } from './api-adapter.ts';
import { startAppServer } from './app-server.ts';
import { APP_ORIGIN, APP_PORT, CLIENT_ID, HOST, IDP_ISSUER, IDP_PORT } from './ports.ts';

/**
 * The demo in one process: the OpenID provider with the practice-system simulator, and the app
 * server with the built portal and the PLSP API mocks. Used by `npm start`, Playwright and the benchmark.
 */
export async function startDemo({
  distDir = process.env.KLINIK_DIST_DIR ?? new URL('../../dist', import.meta.url).pathname,
  stateFile,
}: { distDir?: string; stateFile?: string } = {}) {
  const idp = await startIdp({
    issuer: IDP_ISSUER,
    port: IDP_PORT,
    appOrigin: APP_ORIGIN,
    clientId: CLIENT_ID,
    listDemoPatients,
    accessTokenTtlSeconds: Number(process.env.KLINIK_ACCESS_TOKEN_TTL ?? 300),
  });
  const verifyAccessToken = createJwksVerifier({
    jwks: idp.publicJwks,
    issuer: IDP_ISSUER,
    audience: PLSP_API_RESOURCE,
  });
  const config: ShellConfig = {
    issuers: [{ issuer: IDP_ISSUER, clientId: CLIENT_ID }],
    apiBaseUrl: '/api/v1',
    // The e2e suite shortens it, so the timeout fault is seen in seconds rather than twenty.
    apiTimeoutMs: Number(process.env.KLINIK_API_TIMEOUT_MS ?? 10_000),
    allowImportMapOverrides: true,
  };
  const app = await startAppServer({
    distDir,
    host: HOST,
    port: APP_PORT,
    config,
    api: createApiAdapter({ verifyAccessToken, ...(stateFile ? { stateFile } : {}) }),
  });
  return {
    async close() {
      await new Promise((resolve) => app.close(resolve));
      await idp.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A demo keeps its messages and drafts across server restarts; tests start clean (no state file).
  const stateFile = process.env.KLINIK_MOCK_STATE ?? join(tmpdir(), 'klinik-plus-mock-state.json');
  await startDemo({ stateFile });
  if (!process.env.KLINIK_QUIET) {
    console.log(`
  Klinik+ demo is running (synthetic data, loopback only).

    Practice-system simulator (start here):  ${IDP_ISSUER}/
    Klinik+ (opened by the simulator):       ${APP_ORIGIN}/

  Stop with Ctrl+C.`);
  }
}
