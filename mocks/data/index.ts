import { CLINICS, clinicByYdernummer } from './clinics.ts';
import type { RegionCode } from '../../shared/src/auth/claims.ts';
import { aimDatabase } from './aim-definitions.ts';
import { generateAppointments } from './appointments.ts';
import { generateAimRecords, generateTransmissions, indicatorSeries } from './aim.ts';
import { syntheticPeers, type BenchmarkMember } from './benchmark.ts';
import { clearMemo, memo } from './memo.ts';
import { generatePatientCare, type PatientCare } from './patient-care.ts';
import { generatePatients, type Patient } from './patients.ts';
import { generateUsage, type MonthUsage } from './service-usage.ts';

export { CLINICS, DEMO_USERS, REGION_NAMES, clinicByYdernummer } from './clinics.ts';
export type { Patient } from './patients.ts';

/** Kommune 400: Bornholm, in Region Hovedstaden. */
const BORNHOLM = '400';

/**
 * The synthetic dataset, generated lazily per clinic and memoised. Dates are relative to the
 * reference date (today in the demo; fixed in tests), so the demo always looks current while the
 * same reference date always gives the same data.
 */
let referenceDate = startOfTodayUtc();

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function setReferenceDate(date: Date): void {
  referenceDate = date;
  clearMemo();
}

export const getReferenceDate = (): Date => referenceDate;

export function clinicPatients(ydernummer: string): Patient[] {
  const clinic = clinicByYdernummer(ydernummer);
  if (!clinic) return [];
  return memo(`patients:${ydernummer}:${referenceDate.toISOString()}`, () =>
    generatePatients(clinic, referenceDate),
  );
}

function patientIndex(ydernummer: string) {
  return memo(`patient-index:${ydernummer}:${referenceDate.toISOString()}`, () => {
    const patients = clinicPatients(ydernummer);
    return {
      byCpr: new Map(patients.map((p) => [p.cpr, p])),
      byId: new Map(patients.map((p) => [p.id, p])),
    };
  });
}

export function findPatient(ydernummer: string, cpr: string): Patient | undefined {
  return patientIndex(ydernummer).byCpr.get(cpr);
}

export function findPatientById(ydernummer: string, id: string): Patient | undefined {
  return patientIndex(ydernummer).byId.get(id);
}

export function patientCare(ydernummer: string): ReadonlyMap<string, PatientCare> {
  const clinic = clinicByYdernummer(ydernummer);
  if (!clinic) return new Map();
  return memo(`care:${ydernummer}:${referenceDate.toISOString()}`, () =>
    generatePatientCare(clinic, clinicPatients(ydernummer), referenceDate),
  );
}

/**
 * Demo clinics' deliberate habits (× the region's rate): Åboulevarden nears the §93 ceiling for blood
 * samples (the ceiling is 1.25 × average) and passes the one for planned phone consultations.
 */
const DEMO_HABITS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '990011': { '2101': 1.17, '0204': 1.45 },
};

export function clinicUsage(ydernummer: string): readonly MonthUsage[] {
  const clinic = clinicByYdernummer(ydernummer);
  if (!clinic) return [];
  return memo(`usage:${ydernummer}:${referenceDate.toISOString()}`, () =>
    generateUsage(
      {
        id: ydernummer,
        regionCode: clinic.regionCode,
        bornholm: clinic.address.municipalityCode === BORNHOLM,
        listSize: clinic.listSize,
        care: patientCare(ydernummer),
        ...(DEMO_HABITS[ydernummer] ? { habits: DEMO_HABITS[ydernummer] } : {}),
      },
      referenceDate,
    ),
  );
}

/** The clinics of a region's benchmark: its synthetic peers and the demo clinics in it. */
export function regionMembers(regionCode: RegionCode): readonly BenchmarkMember[] {
  return memo(`region:${regionCode}:${referenceDate.toISOString()}`, () => [
    ...syntheticPeers(regionCode).map((peer) => ({
      id: peer.id,
      bornholm: peer.bornholm,
      months: generateUsage(peer, referenceDate),
    })),
    ...CLINICS.filter((c) => c.regionCode === regionCode).map((c) => ({
      id: c.ydernummer,
      bornholm: c.address.municipalityCode === BORNHOLM,
      months: clinicUsage(c.ydernummer),
    })),
  ]);
}

export function clinicAim(ydernummer: string, databaseId: string) {
  const clinic = clinicByYdernummer(ydernummer);
  const database = aimDatabase(databaseId);
  if (!clinic || !database) return undefined;
  return memo(`aim:${ydernummer}:${databaseId}:${referenceDate.toISOString()}`, () => {
    const records = generateAimRecords(clinic, clinicPatients(ydernummer), database, referenceDate);
    return {
      database,
      records,
      byCpr: new Map(records.map((r) => [r.patient.cpr, r])),
      indicators: indicatorSeries(database, records, clinic.regionCode, ydernummer, referenceDate),
      transmissions: generateTransmissions(clinic, database, records, referenceDate),
    };
  });
}

/**
 * Patients the simulator offers as "patient in context": a spread that shows the webapps well
 * (chronic diseases, old and young, Min Læge users and not).
 */
export function listDemoPatients(
  ydernummer: string,
): Array<{ cpr: string; name: string; age: number; sex: 'F' | 'M' }> {
  const patients = clinicPatients(ydernummer);
  const picks = [
    patients.find((p) => p.icpc.includes('T90') && p.icpc.includes('K86') && p.age >= 60),
    patients.find((p) => p.icpc.includes('R95') && p.age >= 65),
    patients.find((p) => p.icpc.includes('K78') && p.icpc.includes('K77')),
    patients.find((p) => p.icpc.includes('R96') && p.age < 15),
    patients.find((p) => p.age >= 85 && p.icpc.includes('P70')),
    // A healthy adult with nothing booked (the overview's empty state), checked against the bookings:
    // ages, and with them the first match, move with the reference date.
    patients.find(
      (p) =>
        p.age >= 25 &&
        p.age < 45 &&
        p.icpc.length === 0 &&
        generateAppointments(ydernummer, p, referenceDate).length === 0,
    ),
    patients.find((p) => p.icpc.includes('P76') && p.age < 40),
    patients.find((p) => p.icpc.includes('T89')),
  ].filter((p): p is Patient => Boolean(p));
  return [...new Map(picks.map((p) => [p.cpr, p])).values()].map(({ cpr, name, age, sex }) => ({
    cpr,
    name,
    age,
    sex,
  }));
}

export const ALL_CLINICS = CLINICS;
