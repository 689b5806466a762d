import type { Clinic } from '@klinik/shared';
import { mintToken } from '../../../../shared/testing/msw.ts';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import routes from '../routes.tsx';

/** The smallest clinic (1,650 listed patients, Region Nordjylland): its data are generated fastest. */
export const SMALL_CLINIC: Clinic = {
  ydernummer: '990035',
  name: 'Lægepraksis Boulevarden',
  regionCode: '1081',
};

export const openWebapp = (path = '/', clinic: Clinic = SMALL_CLINIC) =>
  renderWebapp(routes, {
    basePath: '/ydelsesoverblik',
    path,
    user: { id: `test@${clinic.ydernummer}`, name: 'Lars Thygesen' },
    clinic,
  });

/**
 * The region's benchmark and ceilings are computed from 40 peer clinics' usage on first request
 * (seconds); doing it once before the tests keeps each test about the webapp.
 */
export async function warmRegion(ydernummer: string = SMALL_CLINIC.ydernummer): Promise<void> {
  const headers = { Authorization: `Bearer ${await mintToken({ ydernummer })}` };
  const year = new Date().getUTCFullYear();
  await fetch('http://localhost/api/v1/agreement/rules', { headers });
  await fetch(`http://localhost/api/v1/service-usage/benchmark?from=${year}-01&to=${year}-12`, { headers });
}

// A page with every code renders a few hundred table cells; jsdom on a shared CI core needs time.
export const WAIT = { timeout: 20_000 };
export const SLOW = 45_000;
