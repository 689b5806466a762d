import { readFileSync } from 'node:fs';
import type Provider from 'oidc-provider';
import { CLINICS, DEMO_USERS, REGION_NAMES } from '../../data/clinics.ts';
import { readBody } from '../http.ts';
import type { LaunchRegistry } from '../launches.ts';
import { simulatorPage } from './page.ts';

type Middleware = Parameters<Provider['use']>[0];
export type DemoPatient = { cpr: string; name: string; age: number; sex: 'F' | 'M' };

const ASSETS: Record<string, string> = {
  '/simulator/simulator.js': 'text/javascript; charset=utf-8',
  '/simulator/logout.js': 'text/javascript; charset=utf-8',
  '/simulator/style.css': 'text/css; charset=utf-8',
};

interface SimulatorOptions {
  issuer: string;
  appOrigin: string;
  launches: LaunchRegistry;
  listDemoPatients: (ydernummer: string) => DemoPatient[];
}

/**
 * The practice-system simulator and its back channel. `POST /dev/launch` registers a launch context
 * and returns the URL that opens Klinik+. It demands the `X-LPS-Simulator` header: a custom header
 * makes any cross-origin caller send a CORS preflight, which this server never approves, so only
 * the simulator page on this origin can register launches.
 */
export function simulatorRoutes({
  issuer,
  appOrigin,
  launches,
  listDemoPatients,
}: SimulatorOptions): Middleware {
  return async (ctx, next) => {
    if (ctx.path === '/' && ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.set(
        'Content-Security-Policy',
        `default-src 'self'; img-src 'self' data:; connect-src 'self' ${appOrigin}; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
      );
      ctx.body = simulatorPage(appOrigin);
      return;
    }
    if (ASSETS[ctx.path]) {
      ctx.type = ASSETS[ctx.path]!;
      ctx.body = readFileSync(new URL(`.${ctx.path.slice('/simulator'.length)}`, import.meta.url));
      return;
    }
    if (ctx.path === '/simulator/options') {
      ctx.body = { clinics: CLINICS, users: DEMO_USERS, regions: REGION_NAMES };
      return;
    }
    if (ctx.path === '/simulator/patients') {
      ctx.body = listDemoPatients(String(ctx.query.ydernummer ?? ''));
      return;
    }
    if (ctx.path === '/dev/launch' && ctx.method === 'POST') {
      if (ctx.get('X-LPS-Simulator') !== '1')
        ctx.throw(403, 'Only the practice-system simulator may register launches');
      const body = JSON.parse(await readBody(ctx.req)) as {
        accountId?: string;
        patientCpr?: string;
        intent?: string;
      };
      if (!DEMO_USERS.some((user) => user.accountId === body.accountId)) ctx.throw(400, 'Unknown account');
      const intent = body.intent && /^[a-z-]+$/.test(body.intent) ? `/${body.intent}` : undefined;
      const launch = launches.create({
        accountId: body.accountId!,
        patientCpr: body.patientCpr || undefined,
        intent,
      });
      const url = new URL('/launch', appOrigin);
      url.searchParams.set('iss', issuer);
      url.searchParams.set('launch', launch);
      if (intent) url.searchParams.set('intent', intent);
      ctx.body = { launch, url: url.href };
      return;
    }
    return next();
  };
}
