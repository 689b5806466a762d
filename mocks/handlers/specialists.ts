import { HttpResponse, http } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import { getReferenceDate } from '../data/index.ts';
import { gpClinics, SPECIALTIES, specialistPractices } from '../data/specialists.ts';
import { townByPostalCode } from '../data/towns.ts';
import { API, guarded, route, type HandlerDeps } from './context.ts';
import { problem } from './problem.ts';

type Schemas = components['schemas'];

/** Søg speciallæge and Find klinik: national registers, the same for every clinic. */
export function specialistHandlers(deps: HandlerDeps) {
  return [
    http.get(
      `${API}/specialties`,
      guarded(deps, 'specialists', () =>
        HttpResponse.json({
          items: SPECIALTIES.map(({ code, name, referralRequired }) => ({ code, name, referralRequired })),
        } satisfies {
          items: Schemas['Specialty'][];
        }),
      ),
    ),
    http.get(
      `${API}/specialists`,
      guarded(deps, 'specialists', () => {
        const items: Schemas['Specialist'][] = specialistPractices(getReferenceDate());
        return HttpResponse.json({ items, total: items.length });
      }),
    ),
    route(deps, 'get', '/specialists/{specialistId}', 'specialists', ({ params, ok }) => {
      const specialist = specialistPractices(getReferenceDate()).find((s) => s.id === params.specialistId);
      return specialist
        ? ok(specialist)
        : problem(404, 'Ukendt speciallæge', `Ingen speciallæge med id ${String(params.specialistId)}.`);
    }),
    http.get(
      `${API}/gp-clinics`,
      guarded(deps, 'specialists', () => {
        const items: Schemas['GpClinic'][] = gpClinics(getReferenceDate());
        return HttpResponse.json({ items, total: items.length });
      }),
    ),
    http.get(
      `${API}/postal-codes/:postalCode`,
      guarded(deps, 'specialists', ({ params }) => {
        const town = townByPostalCode(String(params.postalCode));
        if (!town)
          return problem(
            404,
            'Ukendt postnummer',
            `Postnummeret ${String(params.postalCode)} findes ikke i registeret.`,
          );
        return HttpResponse.json({
          postalCode: town.postalCode,
          city: town.city,
          geo: { lat: town.lat, lon: town.lon },
        } satisfies Schemas['PostalCode']);
      }),
    ),
  ];
}
