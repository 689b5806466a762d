import { HttpResponse, http } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { generateAppointments } from '../data/appointments.ts';
import { findPatient, getReferenceDate, listDemoPatients } from '../data/index.ts';
import { API, guarded, type HandlerDeps } from './context.ts';
import { problem } from './problem.ts';

type Schemas = components['schemas'];

/**
 * Aftalevisning. Only users with a sundheds-id may see appointments (SEB grants it), only for the
 * clinic's own patients, and every lookup is written to the audit log with user, clinic and patient.
 */
export function appointmentHandlers(deps: HandlerDeps) {
  function patientFor(claims: AccessTokenClaims, cpr: string, action: string) {
    if (!claims.sundheds_id)
      return { refused: problem(403, 'Ingen adgang til aftaler', 'Brugeren har ikke sundheds-id (SEB).') };
    const patient = findPatient(claims.ydernummer, cpr);
    if (!patient)
      return { refused: problem(403, 'Ikke klinikkens patient', 'Patienten er ikke tilmeldt klinikken.') };
    deps.store.audit.add({
      at: (deps.now?.() ?? new Date()).toISOString(),
      userId: claims.sub,
      userName: claims.name,
      ydernummer: claims.ydernummer,
      patientCpr: cpr,
      action,
    });
    return { patient };
  }
  const summary = (p: NonNullable<ReturnType<typeof findPatient>>): Schemas['PatientSummary'] => ({
    cpr: p.cpr,
    name: p.name,
    birthDate: p.birthDate,
    sex: p.sex,
    age: p.age,
  });

  return [
    http.get(
      `${API}/patients/:cpr`,
      guarded(deps, 'appointments', ({ claims, params }) => {
        const { patient, refused } = patientFor(claims, String(params.cpr), 'patient-lookup');
        return refused ?? HttpResponse.json(summary(patient));
      }),
    ),
    http.get(
      `${API}/patients/:cpr/appointments`,
      guarded(deps, 'appointments', ({ claims, params }) => {
        const { patient, refused } = patientFor(claims, String(params.cpr), 'appointments-lookup');
        if (refused) return refused;
        const heavy = listDemoPatients(claims.ydernummer)[0]?.cpr === patient.cpr;
        const items: Schemas['Appointment'][] = generateAppointments(
          claims.ydernummer,
          patient,
          getReferenceDate(),
          heavy,
        );
        return HttpResponse.json({
          patient: summary(patient),
          items,
          fetchedAt: items[0]?.fetchedAt ?? new Date().toISOString(),
        });
      }),
    ),
  ];
}
