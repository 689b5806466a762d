import { HttpResponse, http } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import { clinicByYdernummer, findPatient } from '../data/index.ts';
import { API, guarded, type HandlerDeps } from './context.ts';
import { problem } from './problem.ts';

type Schemas = components['schemas'];

// Synthetic support lines (the real numbers belong to PLSP and the practice-system suppliers).
const SUPPORT_LINES: Schemas['SupportLine'][] = [
  {
    name: 'PLSP Servicedesk',
    phone: '70 20 11 80',
    email: 'servicedesk@plsp.invalid',
    hours: 'Hverdage 8–16',
  },
  { name: 'Lægepraksissystemets support', phone: '70 20 11 90', hours: 'Hverdage 7.30–17, lørdag 9–12' },
];

/** The portal's own endpoints: webapp operating status and the launch context. */
export function portalHandlers(deps: HandlerDeps) {
  return [
    http.get(
      `${API}/status`,
      guarded(deps, 'status', () => {
        const updatedAt = (deps.now?.() ?? new Date()).toISOString();
        const items: Schemas['WebappStatus'][] = [
          { webappId: 'soeg-speciallaege', state: 'green', updatedAt },
          { webappId: 'aftalevisning', state: 'green', updatedAt },
          { webappId: 'klinikbeskeder', state: 'green', updatedAt },
          { webappId: 'ydelsesoverblik', state: 'green', updatedAt },
          {
            webappId: 'aim',
            state: 'yellow',
            message: 'Indberetning til Dansk Hjertesvigtdatabase er under forberedelse.',
            updatedAt,
          },
        ];
        return HttpResponse.json({ items, support: SUPPORT_LINES } satisfies Schemas['StatusReport']);
      }),
    ),
    http.get(
      `${API}/launch-context`,
      guarded(deps, 'status', ({ claims }) => {
        const clinic = clinicByYdernummer(claims.ydernummer);
        if (!clinic) return problem(403, 'Ukendt klinik', `No clinic ${claims.ydernummer}.`);
        const patient = claims.patient ? findPatient(claims.ydernummer, claims.patient) : undefined;
        const body: Schemas['LaunchContext'] = {
          clinic: {
            ydernummer: clinic.ydernummer,
            name: clinic.name,
            regionCode: clinic.regionCode,
            address: clinic.address,
            geo: clinic.geo,
            listSize: clinic.listSize,
          },
          user: { id: claims.sub, name: claims.name, role: claims.role },
          ...(patient
            ? {
                patient: {
                  cpr: patient.cpr,
                  name: patient.name,
                  birthDate: patient.birthDate,
                  sex: patient.sex,
                  age: patient.age,
                },
              }
            : {}),
        };
        return HttpResponse.json(body);
      }),
    ),
  ];
}
