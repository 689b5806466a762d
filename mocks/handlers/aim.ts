import type { HttpHandler } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import { AIM_DATABASES } from '../data/aim-definitions.ts';
import { nextTransmission, type AimPatientRecord, type AimTransmissionRecord } from '../data/aim.ts';
import { clinicAim, clinicByYdernummer, findPatient, getReferenceDate } from '../data/index.ts';
import { route, type HandlerDeps } from './context.ts';
import { paged, readPaging } from './paging.ts';
import { problem } from './problem.ts';
import { CLINICAL, forbidUnless } from './roles.ts';

type Schemas = components['schemas'];
type ClinicAim = NonNullable<ReturnType<typeof clinicAim>>;

const STATUSES = ['ready', 'missing-data', 'out-of-date'] as const;
const SEVERITY = { accepted: 0, 'partially-rejected': 1, rejected: 2 } as const;

/** Heart failure starts four months from now, on the first of the month. */
function startsAt(reference: Date): Date {
  return new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + 4, 1, 2, 15));
}

function summary({ id, sentAt, status, recordCount, acceptedCount, rejectedCount }: AimTransmissionRecord) {
  return { id, sentAt, status, recordCount, acceptedCount, rejectedCount };
}

/** The most recent delivery; of the two receivers' answers to it, the worse. */
function lastTransmission(transmissions: readonly AimTransmissionRecord[]) {
  const latest = transmissions.reduce<string>((max, t) => (t.sentAt > max ? t.sentAt : max), '');
  return transmissions
    .filter((t) => t.sentAt === latest)
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status])[0];
}

function patientView(record: AimPatientRecord, aim: ClinicAim): Schemas['AimPatient'] {
  const { patient, diagnosis } = record;
  const lastReportedAt = aim.transmissions.find((t) => t.sentAt.slice(0, 10) >= diagnosis.date)?.sentAt;
  return {
    cpr: patient.cpr,
    name: patient.name,
    birthDate: patient.birthDate,
    age: patient.age,
    sex: patient.sex,
    includedBecause: `ICPC ${diagnosis.code} registreret ${diagnosis.date}`,
    status: record.status,
    elements: record.elements.map((e) => ({ ...e, receivers: [...e.receivers] })),
    ...(lastReportedAt ? { lastReportedAt } : {}),
  };
}

function validation(record: AimPatientRecord): Schemas['AimRecord']['validation'] {
  return record.elements.flatMap((e) => {
    if (e.flag === 'missing') return [{ code: 'AIM-100', text: `${e.name} mangler`, elementId: e.id }];
    if (e.flag === 'out-of-date') {
      return [
        {
          code: 'AIM-120',
          text: `${e.name} er ældre end ${e.validityMonths} måneder (${e.date})`,
          elementId: e.id,
        },
      ];
    }
    return [];
  });
}

/** AIM: what the clinic reports to the RKKP databases and Sundhedsdatastyrelsen. */
export function aimHandlers(deps: HandlerDeps): HttpHandler[] {
  const databaseOf = (ydernummer: string, id: string) =>
    clinicAim(ydernummer, id) ?? problem(404, 'Ukendt database', `AIM indberetter ikke til ${id}.`);

  return [
    route(deps, 'get', '/aim/databases', 'aim', ({ claims, ok }) => {
      if (!clinicByYdernummer(claims.ydernummer))
        return problem(403, 'Ukendt klinik', `Ingen klinik ${claims.ydernummer}.`);
      const reference = getReferenceDate();
      return ok({
        items: AIM_DATABASES.map((database) => {
          const aim = clinicAim(claims.ydernummer, database.id)!;
          const counts = { ready: 0, 'missing-data': 0, 'out-of-date': 0 };
          for (const record of aim.records) counts[record.status]++;
          const last = lastTransmission(aim.transmissions);
          const start = database.inPreparation ? startsAt(reference) : undefined;
          return {
            id: database.id,
            name: database.name,
            shortName: database.shortName,
            status: database.inPreparation ? ('in-preparation' as const) : ('active' as const),
            ...(start ? { startsAt: start.toISOString().slice(0, 10) } : {}),
            icpcCodes: [...database.icpcCodes],
            populationCount: aim.records.length,
            statusCounts: counts,
            receivers: ['RKKP' as const, 'SDS' as const],
            ...(last ? { lastTransmission: summary(last) } : {}),
            nextTransmissionAt: (start ?? nextTransmission(reference)).toISOString(),
          };
        }),
      });
    }),
    route(deps, 'get', '/aim/databases/{databaseId}/indicators', 'aim', ({ claims, params, ok }) => {
      const aim = databaseOf(claims.ydernummer, String(params.databaseId));
      if (aim instanceof Response) return aim;
      return ok({
        databaseId: aim.database.id,
        regionCode: clinicByYdernummer(claims.ydernummer)!.regionCode,
        items: aim.indicators.map(({ indicator, windowMonths, series }) => ({
          id: indicator.id,
          name: indicator.name,
          description: indicator.description,
          direction: indicator.direction,
          ...(indicator.standardPct === undefined ? {} : { standardPct: indicator.standardPct }),
          rule: {
            elementId: indicator.elementId,
            windowMonths,
            ...(indicator.condition ? { condition: indicator.condition } : {}),
          },
          series,
        })),
      });
    }),
    route(deps, 'get', '/aim/databases/{databaseId}/patients', 'aim', ({ claims, params, request, ok }) => {
      const refused = forbidUnless(claims, CLINICAL, 'Data på patientniveau');
      if (refused) return refused;
      const aim = databaseOf(claims.ydernummer, String(params.databaseId));
      if (aim instanceof Response) return aim;
      const url = new URL(request.url);
      const paging = readPaging(url);
      if (paging instanceof Response) return paging;
      const status = url.searchParams.get('status');
      if (status && !STATUSES.includes(status as never)) return problem(400, 'Ukendt status', status);
      const page = paged(
        aim.records.filter((r) => !status || r.status === status),
        paging,
      );
      return ok({ ...page, items: page.items.map((r) => patientView(r, aim)) });
    }),
    route(
      deps,
      'get',
      '/aim/databases/{databaseId}/patients/{cpr}/record',
      'aim',
      ({ claims, params, ok }) => {
        const refused = forbidUnless(claims, CLINICAL, 'Data på patientniveau');
        if (refused) return refused;
        const cpr = String(params.cpr);
        if (!findPatient(claims.ydernummer, cpr))
          return problem(403, 'Ikke klinikkens patient', 'Patienten er ikke tilmeldt klinikken.');
        const aim = databaseOf(claims.ydernummer, String(params.databaseId));
        if (aim instanceof Response) return aim;
        const record = aim.byCpr.get(cpr);
        if (!record)
          return problem(404, 'Ikke i populationen', `Patienten indgår ikke i ${aim.database.shortName}.`);
        const patient = patientView(record, aim);
        const reference = getReferenceDate();
        return ok({
          databaseId: aim.database.id,
          patient,
          status: record.status,
          nextTransmissionAt: (aim.database.inPreparation
            ? startsAt(reference)
            : nextTransmission(reference)
          ).toISOString(),
          elements: patient.elements,
          receivers: (['RKKP', 'SDS'] as const).map((receiver) => ({
            receiver,
            elementIds: record.elements.filter((e) => e.receivers.includes(receiver)).map((e) => e.id),
          })),
          validation: validation(record),
        });
      },
    ),
    route(deps, 'get', '/aim/transmissions', 'aim', ({ claims, request, ok }) => {
      const url = new URL(request.url);
      const paging = readPaging(url);
      if (paging instanceof Response) return paging;
      const only = url.searchParams.get('databaseId');
      const databases = AIM_DATABASES.filter((d) => !only || d.id === only);
      if (databases.length === 0) return problem(400, 'Ukendt database', only ?? '');
      const transmissions = databases
        .flatMap((d) => clinicAim(claims.ydernummer, d.id)?.transmissions ?? [])
        .sort((a, b) => b.sentAt.localeCompare(a.sentAt) || a.id.localeCompare(b.id));
      return ok(paged(transmissions, paging));
    }),
  ];
}
