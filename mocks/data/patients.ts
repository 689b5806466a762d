import type { ClinicFixture } from './clinics.ts';
import { ageOn, dayNumber, isoOfDay } from './days.ts';
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES } from './names.ts';
import { between, pick, seededRandom, seedFrom, weighted, type Random } from './random.ts';

export interface Patient {
  id: string;
  /** Erstatnings-style synthetic CPR: the day's first digit + 6, so it can never be a real number. */
  cpr: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  age: number;
  /** ICPC-2 codes of the patient's chronic diagnoses. */
  icpc: string[];
  minLaege: { user: boolean; consent: boolean };
  /** For children under 15: the parent whose Min Læge receives their messages. */
  parentId?: string;
  sikringsgruppe: 1 | 2;
}

// Age bands of the listed population (../shared/domain §6.3 [A], the Danish pyramid).
const AGE_BANDS: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[0, 14], 16],
  [[15, 24], 12],
  [[25, 44], 25],
  [[45, 64], 26],
  [[65, 79], 15],
  [[80, 98], 6],
];

// Share of Min Læge users by age (../shared/domain §4 [A]); under 15 they are reached via a parent.
function minLaegeShare(age: number): number {
  if (age < 15) return 0;
  if (age < 25) return 0.45;
  if (age < 45) return 0.6;
  if (age < 65) return 0.55;
  if (age < 80) return 0.4;
  return 0.15;
}

/**
 * Chronic diagnoses by age (prevalence per patient). Overall they land near the domain figures:
 * T90 ~5 %, R96 ~5 %, R95 ~3 %, K78 ~2.2 %, K77 ~1 % ([A] from ../shared/domain §5.4 and §6).
 */
const DIAGNOSES: ReadonlyArray<{ code: string; prevalence: (age: number) => number }> = [
  { code: 'T90', prevalence: (a) => (a < 30 ? 0.002 : a < 50 ? 0.03 : a < 65 ? 0.08 : a < 80 ? 0.14 : 0.15) },
  { code: 'T89', prevalence: (a) => (a < 10 ? 0.002 : 0.006) },
  { code: 'R95', prevalence: (a) => (a < 40 ? 0 : a < 60 ? 0.03 : a < 80 ? 0.08 : 0.1) },
  { code: 'R96', prevalence: (a) => (a < 15 ? 0.07 : 0.05) },
  { code: 'K78', prevalence: (a) => (a < 50 ? 0.002 : a < 65 ? 0.02 : a < 80 ? 0.07 : 0.14) },
  { code: 'K77', prevalence: (a) => (a < 50 ? 0 : a < 65 ? 0.006 : a < 80 ? 0.03 : 0.07) },
  { code: 'K86', prevalence: (a) => (a < 30 ? 0.005 : a < 50 ? 0.08 : a < 65 ? 0.25 : 0.45) },
  { code: 'T93', prevalence: (a) => (a < 40 ? 0.01 : a < 65 ? 0.1 : 0.2) },
  { code: 'P76', prevalence: (a) => (a < 15 ? 0.005 : 0.06) },
  { code: 'L90', prevalence: (a) => (a < 45 ? 0.005 : a < 65 ? 0.06 : 0.15) },
  { code: 'P70', prevalence: (a) => (a < 65 ? 0 : a < 80 ? 0.02 : 0.12) },
];

/** Century digit (CPR position 7) consistent with the birth year (CPR-kontoret's table). */
function centuryDigit(random: Random, year: number): number {
  if (year < 1937) return between(random, 0, 3);
  if (year < 2000) return pick(random, [0, 1, 2, 3, 4, 9]);
  if (year <= 2036) return pick(random, [4, 5, 6, 7, 8, 9]);
  return between(random, 5, 8);
}

/** `birth` is 'YYYY-MM-DD'. */
function syntheticCpr(random: Random, birth: string, sex: 'F' | 'M'): string {
  const dd = String(Number(birth.slice(8, 10)) + 60);
  const mm = birth.slice(5, 7);
  const yy = birth.slice(2, 4);
  const serial = `${centuryDigit(random, Number(birth.slice(0, 4)))}${between(random, 0, 99).toString().padStart(2, '0')}`;
  const last = between(random, 0, 4) * 2 + (sex === 'M' ? 1 : 0);
  return `${dd}${mm}${yy}${serial}${last}`;
}

export function generatePatients(clinic: ClinicFixture, referenceDate: Date): Patient[] {
  const random = seededRandom(seedFrom(`patients:${clinic.ydernummer}`));
  const used = new Set<string>();
  const patients: Patient[] = [];
  const today = dayNumber(referenceDate);
  const todayIso = isoOfDay(today);
  for (let i = 0; i < clinic.listSize; i++) {
    const [low, high] = weighted(random, AGE_BANDS);
    const birthDate = isoOfDay(today - between(random, low * 365, high * 365 + 364));
    const age = ageOn(birthDate, todayIso);
    const sex: 'F' | 'M' = random() < (age >= 80 ? 0.62 : 0.5) ? 'F' : 'M';
    let cpr = syntheticCpr(random, birthDate, sex);
    while (used.has(cpr)) cpr = syntheticCpr(random, birthDate, sex);
    used.add(cpr);
    const first = pick(random, sex === 'F' ? FEMALE_NAMES : MALE_NAMES);
    const user = random() < minLaegeShare(age);
    patients.push({
      id: `${clinic.ydernummer}-${String(i + 1).padStart(5, '0')}`,
      cpr,
      name: `${first} ${pick(random, LAST_NAMES)}`,
      birthDate,
      sex,
      age,
      icpc: DIAGNOSES.filter((d) => random() < d.prevalence(age)).map((d) => d.code),
      minLaege: { user, consent: user && random() < 0.9 },
      sikringsgruppe: random() < 0.01 ? 2 : 1,
    });
  }
  // Children reach Min Læge through a parent in the same clinic.
  const parents = patients.filter((p) => p.age >= 22 && p.age <= 55);
  for (const child of patients.filter((p) => p.age < 15)) child.parentId = pick(random, parents).id;
  return patients;
}
