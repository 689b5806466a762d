import { CLINICS, clinicByYdernummer } from './clinics.ts';
import { generatePatients, type Patient } from './patients.ts';

export { CLINICS, DEMO_USERS, REGION_NAMES, clinicByYdernummer } from './clinics.ts';
export type { Patient } from './patients.ts';

/**
 * The synthetic dataset, generated lazily per clinic and memoised. Dates are relative to the
 * reference date (today in the demo; fixed in tests), so the demo always looks current while the
 * same reference date always gives the same data.
 */
let referenceDate = startOfTodayUtc();
const patientsByClinic = new Map<string, Patient[]>();

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function setReferenceDate(date: Date): void {
  referenceDate = date;
  patientsByClinic.clear();
}

export const getReferenceDate = (): Date => referenceDate;

export function clinicPatients(ydernummer: string): Patient[] {
  let patients = patientsByClinic.get(ydernummer);
  if (!patients) {
    const clinic = clinicByYdernummer(ydernummer);
    if (!clinic) return [];
    patients = generatePatients(clinic, referenceDate);
    patientsByClinic.set(ydernummer, patients);
  }
  return patients;
}

export function findPatient(ydernummer: string, cpr: string): Patient | undefined {
  return clinicPatients(ydernummer).find((p) => p.cpr === cpr);
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
