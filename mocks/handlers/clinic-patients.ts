import type { HttpHandler } from 'msw';
import { clinicPatients, getReferenceDate, patientCare } from '../data/index.ts';
import { dayNumber, isoOfDay, monthsBefore } from '../data/days.ts';
import { messagingOf } from './broadcasts.ts';
import { route, type HandlerDeps } from './context.ts';
import { paged, readPaging } from './paging.ts';

/** The clinic's patient list, with what Klinikbeskeder filters on and how each patient is reached. */
export function clinicPatientHandlers(deps: HandlerDeps): HttpHandler[] {
  return [
    route(deps, 'get', '/clinic/patients', 'messages', ({ claims, request, ok }) => {
      const paging = readPaging(new URL(request.url), { defaultSize: 1000, maxSize: 20000 });
      if (paging instanceof Response) return paging;
      const care = patientCare(claims.ydernummer);
      const since = isoOfDay(monthsBefore(dayNumber(getReferenceDate()), 24));
      const page = paged(clinicPatients(claims.ydernummer), paging);
      return ok({
        ...page,
        items: page.items.map((patient) => ({
          id: patient.id,
          cpr: patient.cpr,
          name: patient.name,
          birthDate: patient.birthDate,
          sex: patient.sex,
          icpc: patient.icpc,
          services: (care.get(patient.id)?.services ?? []).filter((s) => s.date >= since),
          minLaege: patient.minLaege,
          ...(patient.parentId ? { parentId: patient.parentId } : {}),
          messaging: messagingOf(claims.ydernummer, patient),
        })),
      });
    }),
  ];
}
