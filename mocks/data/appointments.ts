import { addDays, addMinutes, formatISO } from 'date-fns';
import { clinicByYdernummer, type ClinicFixture } from './clinics.ts';
import type { Patient } from './patients.ts';
import { between, pick, seededRandom, seedFrom, weighted, type Random } from './random.ts';

/**
 * Cross-sector appointments (Aftaleoversigten, APD-DK 2.0.1 in spirit; ../shared/domain §3 [V]/[A]).
 * GP appointments carry only the standard text, never their content [V]. Frail and chronic patients
 * have many; most healthy adults none. Dates are relative to the reference date.
 */
export type Sector = 'hospital' | 'municipality' | 'specialist' | 'general-practice';
export type AppointmentType = 'attendance' | 'video' | 'phone' | 'home-visit';
export type AppointmentStatus = 'booked' | 'changed' | 'cancelled' | 'completed';

export interface Appointment {
  id: string;
  title: string;
  sector: Sector;
  organisation: string;
  department: string;
  location: string;
  start: string;
  end: string;
  type: AppointmentType;
  status: AppointmentStatus;
  sourceSystem: string;
  fetchedAt: string;
}

interface Organisation {
  sector: Sector;
  organisation: string;
  departments: readonly string[];
  location: string;
  sourceSystem: string;
  titles: readonly string[];
  types: ReadonlyArray<readonly [AppointmentType, number]>;
  minutes: readonly number[];
}

const HOSPITALS: Record<
  string,
  Omit<Organisation, 'departments' | 'titles' | 'types' | 'minutes' | 'sector'>
> = {
  '1081': {
    organisation: 'Aalborg Universitetshospital',
    location: 'Hobrovej 18-22, 9000 Aalborg',
    sourceSystem: 'Clinical Suite',
  },
  '1082': {
    organisation: 'Aarhus Universitetshospital',
    location: 'Palle Juul-Jensens Boulevard 99, 8200 Aarhus N',
    sourceSystem: 'MidtEPJ',
  },
  '1083': {
    organisation: 'Odense Universitetshospital',
    location: 'J.B. Winsløws Vej 4, 5000 Odense C',
    sourceSystem: 'EPJ Syd',
  },
  '1084': {
    organisation: 'Rigshospitalet',
    location: 'Blegdamsvej 9, 2100 København Ø',
    sourceSystem: 'Sundhedsplatformen',
  },
  '1085': {
    organisation: 'Sjællands Universitetshospital, Roskilde',
    location: 'Sygehusvej 10, 4000 Roskilde',
    sourceSystem: 'Sundhedsplatformen',
  },
};
const BORNHOLM_HOSPITAL = {
  organisation: 'Bornholms Hospital',
  location: 'Ullasvej 8, 3700 Rønne',
  sourceSystem: 'Sundhedsplatformen',
};
const MUNICIPALITY: Record<string, string> = {
  '751': 'Aarhus Kommune',
  '400': 'Bornholms Regionskommune',
  '851': 'Aalborg Kommune',
  '461': 'Odense Kommune',
  '265': 'Roskilde Kommune',
  '101': 'Københavns Kommune',
};

function organisations(clinic: ClinicFixture): Organisation[] {
  const hospital =
    clinic.address.municipalityCode === '400' ? BORNHOLM_HOSPITAL : HOSPITALS[clinic.regionCode]!;
  const kommune = MUNICIPALITY[clinic.address.municipalityCode] ?? 'Kommunen';
  return [
    {
      ...hospital,
      sector: 'hospital',
      departments: [
        'Kardiologisk Ambulatorium',
        'Endokrinologisk Ambulatorium',
        'Lungemedicinsk Ambulatorium',
        'Øjenafdelingen',
        'Ortopædkirurgisk Ambulatorium',
        'Røntgen og Skanning',
      ],
      titles: ['Ambulant kontrol', 'Forundersøgelse', 'Blodprøver og EKG', 'Skanning', 'Opfølgende samtale'],
      types: [
        ['attendance', 8],
        ['video', 1],
        ['phone', 2],
      ],
      minutes: [15, 30, 45, 60],
    },
    {
      sector: 'municipality',
      organisation: kommune,
      departments: ['Hjemmesygeplejen', 'Hjemmeplejen', 'Genoptræningscenter', 'Forebyggende hjemmebesøg'],
      location: 'Borgerens hjem',
      sourceSystem: clinic.regionCode === '1082' ? 'Cura' : 'Nexus',
      titles: ['Hjemmesygepleje', 'Personlig pleje', 'Genoptræning', 'Medicindosering'],
      types: [
        ['home-visit', 8],
        ['attendance', 2],
      ],
      minutes: [15, 20, 30, 45],
    },
    {
      sector: 'specialist',
      organisation: pick(seededRandom(seedFrom(`spec:${clinic.ydernummer}`)), [
        'Øjenlægerne Vestergade',
        'Hudklinikken Algade',
        'Ørelægerne Torvet',
        'Gigtklinikken Parkvej',
      ]),
      departments: ['Speciallægepraksis'],
      location: `${clinic.address.city}`,
      sourceSystem: 'Speciallægesystem',
      titles: ['Undersøgelse', 'Kontrol', 'Behandling'],
      types: [
        ['attendance', 9],
        ['video', 1],
      ],
      minutes: [15, 20, 30],
    },
    {
      sector: 'general-practice',
      organisation: clinic.name,
      departments: ['Almen praksis'],
      location: `${clinic.address.street}, ${clinic.address.postalCode} ${clinic.address.city}`,
      sourceSystem: 'Lægepraksissystem',
      titles: ['Aftale hos praktiserende læge'],
      types: [
        ['attendance', 6],
        ['video', 1],
        ['phone', 2],
      ],
      minutes: [15, 30],
    },
  ];
}

/** How many appointments a patient has over the year around today, and from whom. */
function profile(patient: Patient, random: Random): Array<readonly [Sector, number]> {
  const chronic = patient.icpc.length;
  const frail = patient.age >= 80 || patient.icpc.includes('P70');
  if (chronic === 0 && patient.age < 50 && random() < 0.85) return [];
  return [
    ['general-practice', between(random, 1, 2 + chronic)],
    ['hospital', chronic ? between(random, 0, 2 * chronic) : between(random, 0, 1)],
    ['specialist', between(random, 0, 1)],
    ['municipality', frail ? between(random, 40, 160) : 0],
  ];
}

function statusFor(start: Date, reference: Date, random: Random): AppointmentStatus {
  if (start < reference) return random() < 0.06 ? 'cancelled' : 'completed';
  return weighted(random, [
    ['booked', 85],
    ['changed', 10],
    ['cancelled', 5],
  ] as const);
}

export function generateAppointments(
  ydernummer: string,
  patient: Patient,
  referenceDate: Date,
  heavy = false,
): Appointment[] {
  const clinic = clinicByYdernummer(ydernummer);
  if (!clinic) return [];
  const random = seededRandom(seedFrom(`appointments:${patient.cpr}`));
  const orgs = organisations(clinic);
  // A patient with daily home care and many outpatient visits: the stress case the overview must stay fast for.
  const plan: Array<readonly [Sector, number]> = heavy
    ? [
        ['general-practice', 14],
        ['hospital', 60],
        ['specialist', 6],
        ['municipality', 920],
      ]
    : profile(patient, random);
  const fetchedAt = formatISO(addMinutes(referenceDate, 8 * 60 + between(random, 0, 30)));
  const appointments: Appointment[] = [];
  for (const [sector, count] of plan) {
    const org = orgs.find((o) => o.sector === sector)!;
    for (let i = 0; i < count; i++) {
      const day = addDays(referenceDate, between(random, -180, 180));
      const start = addMinutes(day, between(random, 7, 15) * 60 + pick(random, [0, 15, 30, 45]));
      const title =
        sector === 'general-practice' ? 'Aftale hos praktiserende læge' : pick(random, org.titles);
      appointments.push({
        id: `${patient.id}-${sector}-${i}`,
        title,
        sector,
        organisation: org.organisation,
        department: pick(random, org.departments),
        location: org.location,
        start: formatISO(start),
        end: formatISO(addMinutes(start, pick(random, org.minutes))),
        type: weighted(random, org.types),
        status: statusFor(start, referenceDate, random),
        sourceSystem: org.sourceSystem,
        fetchedAt,
      });
    }
  }
  return appointments.sort((a, b) => a.start.localeCompare(b.start));
}
