import { formatISO, subDays } from 'date-fns';
import type { RegionCode } from '../../shared/src/auth/claims.ts';
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES } from './names.ts';
import { memo } from './memo.ts';
import { between, pick, seededRandom, seedFrom, weighted, type Random } from './random.ts';
import { STREETS, TOWNS } from './towns.ts';

/**
 * Practising specialists (speciallægepraksis) and general practices for "Find klinik".
 * Specialties, referral rules and waiting-time ranges: ../shared/domain §2.1 [V] and §7 [A].
 */
export interface Specialty {
  code: string;
  name: string;
  referralRequired: boolean;
  /** Waiting time range in weeks [A]. */
  waitWeeks: readonly [number, number];
  /** Relative number of practices, from the FAPS seat counts [I]. */
  weight: number;
  clinicWord: string;
}

export const SPECIALTIES: readonly Specialty[] = [
  {
    code: '01',
    name: 'Anæstesiologi',
    referralRequired: true,
    waitWeeks: [2, 10],
    weight: 1,
    clinicWord: 'Smerteklinikken',
  },
  {
    code: '26',
    name: 'Børne- og ungdomspsykiatri',
    referralRequired: true,
    waitWeeks: [12, 40],
    weight: 1,
    clinicWord: 'Børnepsykiatrisk Klinik',
  },
  {
    code: '24',
    name: 'Psykiatri',
    referralRequired: true,
    waitWeeks: [8, 40],
    weight: 5,
    clinicWord: 'Psykiatrisk Klinik',
  },
  {
    code: '06',
    name: 'Reumatologi',
    referralRequired: true,
    waitWeeks: [4, 20],
    weight: 1.5,
    clinicWord: 'Gigtklinikken',
  },
  {
    code: '18',
    name: 'Neurologi',
    referralRequired: true,
    waitWeeks: [6, 24],
    weight: 1,
    clinicWord: 'Neurologisk Klinik',
  },
  {
    code: '23',
    name: 'Plastikkirurgi',
    referralRequired: true,
    waitWeeks: [4, 16],
    weight: 1,
    clinicWord: 'Plastikkirurgisk Klinik',
  },
  {
    code: '25',
    name: 'Pædiatri',
    referralRequired: true,
    waitWeeks: [2, 12],
    weight: 1,
    clinicWord: 'Børnelægerne',
  },
  {
    code: '04',
    name: 'Dermato-venerologi',
    referralRequired: true,
    waitWeeks: [4, 26],
    weight: 4,
    clinicWord: 'Hudklinikken',
  },
  {
    code: '07',
    name: 'Gynækologi og obstetrik',
    referralRequired: true,
    waitWeeks: [4, 15],
    weight: 3,
    clinicWord: 'Gynækologisk Klinik',
  },
  {
    code: '08',
    name: 'Intern medicin',
    referralRequired: true,
    waitWeeks: [3, 14],
    weight: 1,
    clinicWord: 'Medicinsk Klinik',
  },
  {
    code: '09',
    name: 'Kirurgi',
    referralRequired: true,
    waitWeeks: [2, 12],
    weight: 1,
    clinicWord: 'Kirurgisk Klinik',
  },
  {
    code: '20',
    name: 'Ortopædisk kirurgi',
    referralRequired: true,
    waitWeeks: [2, 12],
    weight: 1,
    clinicWord: 'Ortopædklinikken',
  },
  {
    code: '21',
    name: 'Øre-, næse- og halssygdomme',
    referralRequired: false,
    waitWeeks: [1, 8],
    weight: 6,
    clinicWord: 'Ørelægerne',
  },
  {
    code: '19',
    name: 'Øjensygdomme',
    referralRequired: false,
    waitWeeks: [2, 20],
    weight: 6,
    clinicWord: 'Øjenlægerne',
  },
  {
    code: '05',
    name: 'Radiologi',
    referralRequired: true,
    waitWeeks: [1, 6],
    weight: 1,
    clinicWord: 'Røntgenklinikken',
  },
];

export interface OpeningHours {
  day: 'mandag' | 'tirsdag' | 'onsdag' | 'torsdag' | 'fredag';
  opens: string;
  closes: string;
}

export interface SpecialistPractice {
  id: string;
  name: string;
  doctor: string;
  specialtyCode: string;
  address: { street: string; postalCode: string; city: string };
  regionCode: RegionCode;
  geo: { lat: number; lon: number };
  phone: string;
  email: string;
  waitingWeeks: number;
  waitingReportedAt: string;
  wheelchairAccess: 'full' | 'partial' | 'none';
  acceptsNewPatients: boolean;
  openingHours: OpeningHours[];
}

const DAYS: OpeningHours['day'][] = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'];

function phone(random: Random): string {
  const digits = `${between(random, 3, 9)}${String(between(random, 0, 9_999_999)).padStart(7, '0')}`;
  return digits.replace(/(\d{2})(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 $4');
}

function openingHours(random: Random): OpeningHours[] {
  const late = pick(random, DAYS);
  return DAYS.map((day) => ({
    day,
    opens: pick(random, ['07:30', '08:00', '08:30']),
    closes: day === late ? '18:00' : day === 'fredag' ? '14:00' : '15:30',
  }));
}

function practiceAt(
  random: Random,
  id: string,
  label: string,
  referenceDate: Date,
): Omit<SpecialistPractice, 'specialtyCode' | 'waitingWeeks'> {
  const town = weighted(
    random,
    TOWNS.map((t) => [t, t.weight] as const),
  );
  const street = `${pick(random, STREETS)} ${between(random, 1, 120)}`;
  const female = random() < 0.5;
  const doctor = `${pick(random, female ? FEMALE_NAMES : MALE_NAMES)} ${pick(random, LAST_NAMES)}`;
  const slug = label
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'oe')
    .replace(/[å]/g, 'aa')
    .replace(/[^a-z]+/g, '');
  return {
    id,
    name: `${label} ${street.split(' ')[0]}`,
    doctor,
    address: { street, postalCode: town.postalCode, city: town.city },
    regionCode: town.regionCode,
    geo: { lat: town.lat + (random() - 0.5) * 0.03, lon: town.lon + (random() - 0.5) * 0.05 },
    phone: phone(random),
    email: `kontakt@${slug}-${town.city
      .toLowerCase()
      .replace(/[^a-zæøå]/g, '')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')}.dk`,
    waitingReportedAt: formatISO(subDays(referenceDate, between(random, 0, 60)), { representation: 'date' }),
    wheelchairAccess: weighted(random, [
      ['full', 6],
      ['partial', 3],
      ['none', 2],
    ] as const),
    acceptsNewPatients: random() < 0.8,
    openingHours: openingHours(random),
  };
}

/** 2,100 practising specialists: the same for every clinic (a national register). */
export function specialistPractices(referenceDate: Date, count = 2100): SpecialistPractice[] {
  return memo(`specialists:${referenceDate.toISOString()}:${count}`, () => {
    const random = seededRandom(seedFrom('specialists'));
    return Array.from({ length: count }, (_, i) => {
      const specialty = weighted(
        random,
        SPECIALTIES.map((s) => [s, s.weight] as const),
      );
      const practice = practiceAt(
        random,
        `sp-${String(i + 1).padStart(4, '0')}`,
        specialty.clinicWord,
        referenceDate,
      );
      return {
        ...practice,
        specialtyCode: specialty.code,
        waitingWeeks: between(random, ...specialty.waitWeeks),
      };
    });
  });
}

export interface GpClinic extends Omit<
  SpecialistPractice,
  'specialtyCode' | 'waitingWeeks' | 'waitingReportedAt'
> {
  listSize: number;
  doctors: number;
}

/** General practices for "Find klinik". */
export function gpClinics(referenceDate: Date, count = 400): GpClinic[] {
  return memo(`gp:${referenceDate.toISOString()}:${count}`, () => {
    const random = seededRandom(seedFrom('gp-clinics'));
    return Array.from({ length: count }, (_, i) => {
      const { waitingReportedAt: _reported, ...practice } = practiceAt(
        random,
        `gp-${String(i + 1).padStart(4, '0')}`,
        pick(random, ['Lægehuset', 'Lægerne', 'Lægepraksis']),
        referenceDate,
      );
      const doctors = between(random, 1, 6);
      return {
        ...practice,
        doctors,
        listSize: doctors * between(random, 1300, 1900),
        acceptsNewPatients: random() < 0.37,
      };
    });
  });
}
