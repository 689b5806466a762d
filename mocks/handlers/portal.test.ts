// @vitest-environment node
import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { PLSP_API_RESOURCE } from '../../shared/src/auth/claims.ts';
import { faults, mintToken } from '../../shared/testing/msw.ts';
import { listDemoPatients } from '../data/index.ts';
import { TEST_ISSUER } from '../testing/tokens.ts';

const API = 'http://localhost/api/v1';
const get = (path: string, token?: string) =>
  fetch(`${API}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe('auth on every PLSP request', () => {
  it('401 with WWW-Authenticate without a token', async () => {
    const response = await get('/status');
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 401, title: 'Adgangsbillet mangler' });
  });

  it('401 invalid_token for a token signed by another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ ydernummer: '990011', role: 'doctor', scope: 'plsp' })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: 'test-key' })
      .setIssuer(TEST_ISSUER)
      .setAudience(PLSP_API_RESOURCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    const response = await get('/status', forged);
    expect(response.status).toBe(401);
    expect(response.headers.get('WWW-Authenticate')).toContain('invalid_token');
  });

  it('401 for an expired token', async () => {
    const response = await get('/status', await mintToken({ expiresIn: -60 }));
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toBe('ERR_JWT_EXPIRED');
  });

  it('401 for an ID token used as a bearer token (wrong type and audience)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const idToken = await new SignJWT({ ydernummer: '990011' })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: 'test-key' })
      .setIssuer(TEST_ISSUER)
      .setAudience('klinik-plus')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await get('/status', idToken)).status).toBe(401);
  });

  it('403 for a token without the API scope', async () => {
    const response = await get('/status', await mintToken({ scope: 'openid' }));
    expect(response.status).toBe(403);
  });
});

describe('the launch context', () => {
  it("answers from the token: the token's clinic and the launch's patient", async () => {
    const patient = listDemoPatients('990027')[0]!;
    const response = await get(
      '/launch-context',
      await mintToken({ ydernummer: '990027', patient: patient.cpr }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.clinic).toMatchObject({
      ydernummer: '990027',
      name: 'Lægehuset Store Torv',
      regionCode: '1084',
    });
    expect(body.patient).toMatchObject({ cpr: patient.cpr, name: patient.name });
  });

  it("never shows a patient who is not the clinic's", async () => {
    const other = listDemoPatients('990011')[0]!;
    const body = await (
      await get('/launch-context', await mintToken({ ydernummer: '990027', patient: other.cpr }))
    ).json();
    expect(body.patient).toBeUndefined();
  });

  it('403 for a clinic that does not exist', async () => {
    expect((await get('/launch-context', await mintToken({ ydernummer: '123456' }))).status).toBe(403);
  });
});

describe('the fault switch', () => {
  it('500, 503 with Retry-After, and only for the chosen API', async () => {
    const token = await mintToken();
    faults.set({ api: 'status', fault: '500' });
    expect((await get('/status', token)).status).toBe(500);
    faults.set({ api: 'status', fault: '503' });
    const unavailable = await get('/status', token);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Retry-After')).toBe('2');
    faults.set({ api: 'aim', fault: '500' });
    faults.set({ api: 'status', fault: 'none' });
    expect((await get('/status', token)).status).toBe(200);
  });

  it('latency and timeout delay the answer', async () => {
    faults.set({ api: 'all', fault: 'latency', latencyMs: 120 });
    const started = performance.now();
    expect((await get('/status', await mintToken())).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    faults.set({ api: 'all', fault: 'timeout', latencyMs: 50 });
    expect((await get('/status', await mintToken())).status).toBe(504);
  });

  it('drop fails the request as a network error; malformed sends unreadable JSON', async () => {
    const token = await mintToken();
    faults.set({ api: 'status', fault: 'drop' });
    await expect(get('/status', token)).rejects.toThrow(TypeError);
    faults.set({ api: 'status', fault: 'malformed' });
    const response = await get('/status', token);
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('expired-token refuses tokens issued before the switch, as a real expiry would', async () => {
    const old = await mintToken();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    faults.set({ api: 'status', fault: 'expired-token' });
    expect((await get('/status', old)).status).toBe(401);
    expect((await get('/status', await mintToken())).status).toBe(200);
  });
});
