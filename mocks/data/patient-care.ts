import type { ClinicFixture } from './clinics.ts';
import { dayNumber, dayOfIso, isoOfDay } from './days.ts';
import type { Patient } from './patients.ts';
import { between, seededRandom, seedFrom, type Random } from './random.ts';
import { CHRONIC_CARE_CODES } from './service-codes.ts';

/**
 * What each patient received of the services that mark a course of care (årskontrol, screening,
 * vaccination, child examinations), and who is enrolled on kronikerhonorar. The rates are [A], tuned so
 * the totals land near the per-1,000 figures of ../shared/domain §1.3; the child programme follows the
 * Danish schedule [V list §1.3]. Kronikerhonorar uptake 55–72 % per clinic (63 % nationally in 2021 [V §1.5]).
 */
export interface ServiceEvent {
  code: string;
  date: string;
}

export interface ChronicCareEnrolment {
  code: (typeof CHRONIC_CARE_CODES)['kol' | 'diabetes' | 'both'];
  since: string;
}

export interface PatientCare {
  services: ServiceEvent[];
  chronicCare?: ChronicCareEnrolment;
}

/** Years of history: the service-usage statistics start on 1 January two years before today. */
export const CARE_HISTORY_YEARS = 3;

const has = (p: Patient, ...codes: string[]) => codes.some((c) => p.icpc.includes(c));

/** Expected courses a year per patient (above 1: some have two); a course may hold several services. */
const YEARLY: ReadonlyArray<{
  code: string;
  rate: (p: Patient) => number;
  sessions?: [number, number];
  autumn?: boolean;
}> = [
  {
    code: '0120',
    rate: (p) =>
      has(p, 'T89', 'T90', 'R95', 'K77', 'K78', 'K86')
        ? 1.35
        : has(p, 'R96') && p.age >= 15
          ? 0.6
          : p.age >= 40
            ? 0.1
            : 0,
  },
  { code: '6101', rate: (p) => (p.age < 15 ? 0 : has(p, 'P76') ? 0.3 : 0.008), sessions: [2, 5] },
  { code: '2102', rate: (p) => (p.sex !== 'F' || p.age < 23 || p.age > 64 ? 0 : p.age < 50 ? 0.25 : 0.15) },
  { code: '7113', rate: (p) => (has(p, 'R95') ? 0.6 : has(p, 'R96') ? 0.25 : p.age >= 40 ? 0.008 : 0) },
  { code: '7156', rate: (p) => (has(p, 'K77', 'K78') ? 0.5 : has(p, 'K86') ? 0.12 : p.age >= 50 ? 0.03 : 0) },
  { code: '0121', rate: (p) => (p.age < 75 ? 0 : has(p, 'P70') ? 0.2 : 0.06) },
  { code: '8940', rate: (p) => (p.age >= 65 || has(p, 'R95', 'T90', 'K77') ? 0.35 : 0.005), autumn: true },
];

/** The child programme: examinations and vaccinations at fixed ages (days). */
const CHILD_PROGRAMME: ReadonlyArray<readonly [string, number]> = [
  ['8211', 35],
  ['8341', 91],
  ['8212', 152],
  ['8341', 152],
  ['8213', 365],
  ['8341', 365],
  ['8601', 456],
  ['8214', 730],
  ['8215', 1095],
  ['8216', 1461],
  ['8601', 1461],
  ['8217', 1826],
  ['8328', 4383],
];

function yearlyEvents(
  random: Random,
  patient: Patient,
  birth: number,
  today: number,
  year: number,
): ServiceEvent[] {
  const events: ServiceEvent[] = [];
  const firstYear = year - CARE_HISTORY_YEARS + 1;
  for (let y = firstYear; y <= year; y++) {
    const start = dayNumber(new Date(Date.UTC(y, 0, 1)));
    const autumn = dayNumber(new Date(Date.UTC(y, 8, 25)));
    const days = Math.min(365, today - start);
    for (const rule of YEARLY) {
      const rate = rule.rate(patient) * (days / 365);
      const courses = Math.floor(rate) + (random() < rate % 1 ? 1 : 0);
      for (let course = 0; course < courses; course++) {
        const day = rule.autumn ? autumn + between(random, 0, 70) : start + between(random, 0, days - 1);
        if (day < birth || day >= today) continue;
        const sessions = rule.sessions ? between(random, ...rule.sessions) : 1;
        for (let s = 0; s < sessions; s++) {
          const date = day + s * between(random, 14, 28);
          if (date < today) events.push({ code: rule.code, date: isoOfDay(date) });
        }
      }
    }
  }
  return events;
}

function childEvents(random: Random, birth: number, today: number, year: number): ServiceEvent[] {
  const historyStart = dayNumber(new Date(Date.UTC(year - CARE_HISTORY_YEARS + 1, 0, 1)));
  return CHILD_PROGRAMME.flatMap(([code, ageDays]) => {
    const date = birth + ageDays + between(random, -7, 21);
    const attended = random() < 0.95;
    return attended && date >= historyStart && date < today ? [{ code, date: isoOfDay(date) }] : [];
  });
}

function enrolment(
  random: Random,
  patient: Patient,
  uptake: number,
  today: number,
): ChronicCareEnrolment | undefined {
  const diabetes = patient.icpc.includes('T90');
  const kol = patient.icpc.includes('R95');
  if ((!diabetes && !kol) || patient.sikringsgruppe !== 1 || random() >= uptake) return undefined;
  const code =
    diabetes && kol
      ? CHRONIC_CARE_CODES.both
      : diabetes
        ? CHRONIC_CARE_CODES.diabetes
        : CHRONIC_CARE_CODES.kol;
  return { code, since: isoOfDay(today - between(random, 30, 7 * 365)) };
}

export function generatePatientCare(
  clinic: ClinicFixture,
  patients: readonly Patient[],
  reference: Date,
): Map<string, PatientCare> {
  const random = seededRandom(seedFrom(`care:${clinic.ydernummer}`));
  const uptake = 0.55 + random() * 0.17;
  const care = new Map<string, PatientCare>();
  const today = dayNumber(reference);
  const year = reference.getUTCFullYear();
  for (const patient of patients) {
    const birth = dayOfIso(patient.birthDate);
    const services = yearlyEvents(random, patient, birth, today, year);
    if (patient.age < 15) services.push(...childEvents(random, birth, today, year));
    services.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const chronicCare = enrolment(random, patient, uptake, today);
    care.set(patient.id, chronicCare ? { services, chronicCare } : { services });
  }
  return care;
}
