import { CLINICS, clinicByYdernummer } from './clinics.ts';
import { clearMemo, memo } from './memo.ts';
import { generatePatients, type Patient } from './patients.ts';

export { CLINICS, DEMO_USERS, REGION_NAMES, clinicByYdernummer } from './clinics.ts';
export type { Patient } from './patients.ts';

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
    patients.find((p) => p.age >= 25 && p.age < 45 && p.icpc.length === 0),
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
