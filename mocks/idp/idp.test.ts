// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLSP_API_RESOURCE } from '../../shared/src/auth/claims.ts';
import { startIdp } from './index.ts';

/**
 * The provider driven as a browser drives it, with plain fetch and a cookie jar: the smoke test
 * that oidc-provider 9 (officially Node 22+) keeps working on our Node 20.
 */
const PORT = 4411;
const ISSUER = `http://127.0.0.1:${PORT}`;
const APP = 'http://127.0.0.1:5999';
const REDIRECT = `${APP}/auth/callback`;
let idp: Awaited<ReturnType<typeof startIdp>>;

beforeAll(async () => {
  idp = await startIdp({
    issuer: ISSUER,
    port: PORT,
    appOrigin: APP,
    clientId: 'klinik-plus',
    listDemoPatients: () => [{ cpr: '6703571235', name: 'Test Patient', age: 69, sex: 'M' }],
  });
});
afterAll(() => idp.close());

class Browser {
  cookies = new Map<string, string>();
  async get(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, value] = pair!.split('=');
      this.cookies.set(name!, value ?? '');
    }
    return response;
  }
  /** Follows redirects on the provider until it redirects to the app. */
  async follow(url: string): Promise<URL> {
    let next = url;
    for (let hops = 0; hops < 10; hops++) {
      let response = await this.get(next);
      if (response.status === 200) {
        // Switching account ends the previous session through an auto-submitted form, as a browser would.
        const html = await response.text();
        const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
        if (!action) throw new Error(`No redirect from ${next}: ${html.slice(0, 200)}`);
        const fields = [...html.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]);
        response = await this.get(action, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        });
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`No redirect from ${next}: ${response.status} ${await response.text()}`);
      next = new URL(location, next).href;
      if (next.startsWith(APP)) return new URL(next);
    }
    throw new Error('Too many redirects');
  }
}

async function registerLaunch(browser: Browser, body: object): Promise<string> {
  const response = await browser.get(`${ISSUER}/dev/launch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-LPS-Simulator': '1' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { launch: string }).launch;
}

function authorizeUrl(launch: string | undefined, verifier: string, pkce = true): string {
  const url = new URL(`${ISSUER}/auth`);
  url.search = new URLSearchParams({
    client_id: 'klinik-plus',
    response_type: 'code',
    redirect_uri: REDIRECT,
    scope: 'openid profile klinik launch online_access plsp',
    state: randomBytes(16).toString('hex'),
    ...(pkce
      ? {
          code_challenge: createHash('sha256').update(verifier).digest('base64url'),
          code_challenge_method: 'S256',
        }
      : {}),
    ...(launch ? { launch } : {}),
  }).toString();
  return url.href;
}

async function exchange(code: string, verifier: string) {
  const response = await fetch(`${ISSUER}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: 'klinik-plus',
      code_verifier: verifier,
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; id_token: string; refresh_token: string };
}

describe('the 1Login stand-in', () => {
  it('runs code + PKCE with a launch and puts clinic, role and patient in the tokens', async () => {
    const started = performance.now();
    const browser = new Browser();
    const launch = await registerLaunch(browser, {
      accountId: 'mette.vinther@990011',
      patientCpr: '6703571235',
    });
    const verifier = randomBytes(32).toString('base64url');
    const callback = await browser.follow(authorizeUrl(launch, verifier));
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();
    const tokens = await exchange(code!, verifier);
    const keys = createLocalJWKSet(idp.publicJwks);

    const id = await jwtVerify(tokens.id_token, keys, { issuer: ISSUER, audience: 'klinik-plus' });
    expect(id.protectedHeader.alg).toBe('RS256');
    expect(id.payload).toMatchObject({
      sub: 'mette.vinther@990011',
      name: 'Mette Vinther',
      ydernummer: '990011',
      clinic_name: 'Lægerne Åboulevarden',
      region_code: '1082',
      role: 'doctor',
      sundheds_id: true,
      autorisations_id: 'K7Q2M',
    });

    expect(decodeProtectedHeader(tokens.access_token).typ).toBe('at+jwt');
    const access = await jwtVerify(tokens.access_token, keys, {
      issuer: ISSUER,
      audience: PLSP_API_RESOURCE,
      typ: 'at+jwt',
    });
    expect(access.payload).toMatchObject({
      ydernummer: '990011',
      role: 'doctor',
      sundheds_id: true,
      patient: '6703571235',
      scope: 'plsp',
    });

    // Renewal with the (rotating) refresh token keeps the launch's patient.
    const refreshed = await fetch(`${ISSUER}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'klinik-plus',
      }),
    });
    const renewed = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(renewed.refresh_token).not.toBe(tokens.refresh_token);
    const again = await jwtVerify(renewed.access_token, keys, { audience: PLSP_API_RESOURCE });
    expect(again.payload.patient).toBe('6703571235');
    console.log(`full launch flow: ${Math.round(performance.now() - started)} ms`);
  });

  it('lets the browser cache the discovery document, read on /launch and again on the callback', async () => {
    const response = await fetch(`${ISSUER}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
  });

  it('refuses a replayed launch', async () => {
    const browser = new Browser();
    const launch = await registerLaunch(browser, { accountId: 'peter.kofoed@990027' });
    const verifier = randomBytes(32).toString('base64url');
    await browser.follow(authorizeUrl(launch, verifier));
    const replay = await browser.follow(authorizeUrl(launch, verifier));
    expect(replay.searchParams.get('error')).toBe('invalid_request');
    expect(replay.searchParams.get('error_description')).toMatch(
      /launch is unknown, expired or already used/,
    );
  });

  it('refuses an unknown launch and an authorization without PKCE', async () => {
    const browser = new Browser();
    const unknown = await browser.follow(authorizeUrl('not-a-launch', 'x'.repeat(43)));
    expect(unknown.searchParams.get('error')).toBe('invalid_request');
    const launch = await registerLaunch(browser, { accountId: 'peter.kofoed@990027' });
    const noPkce = await browser.follow(authorizeUrl(launch, 'x', false));
    expect(noPkce.searchParams.get('error')).toBe('invalid_request');
    expect(noPkce.searchParams.get('error_description')).toMatch(/PKCE/i);
  });

  it('accepts launch registrations only from the simulator page', async () => {
    const response = await fetch(`${ISSUER}/dev/launch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accountId: 'mette.vinther@990011' }),
    });
    expect(response.status).toBe(403);
  });

  it('a second launch for another user in the same browser logs that user in', async () => {
    const browser = new Browser();
    const verifier = randomBytes(32).toString('base64url');
    await browser.follow(
      authorizeUrl(
        await registerLaunch(browser, { accountId: 'mette.vinther@990011', patientCpr: '6703571235' }),
        verifier,
      ),
    );
    const second = await browser.follow(
      authorizeUrl(await registerLaunch(browser, { accountId: 'jonas.berg@990011' }), verifier),
    );
    const tokens = await exchange(second.searchParams.get('code')!, verifier);
    const access = await jwtVerify(tokens.access_token, createLocalJWKSet(idp.publicJwks), {
      audience: PLSP_API_RESOURCE,
    });
    expect(access.payload).toMatchObject({ sub: 'jonas.berg@990011', role: 'secretary' });
    expect(access.payload.patient).toBeUndefined();
  });
});
