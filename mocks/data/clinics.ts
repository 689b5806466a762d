import type { RegionCode, Role } from '../../shared/src/auth/claims.ts';

/**
 * The demo's clinics and users: synthetic, never real practices or people.
 * Ydernumre are in the 99xxxx range, which we keep for fixtures (documented in the README).
 * Every region is present; Rønne is on Bornholm (Region Hovedstaden, kommune 400).
 */
export interface ClinicFixture {
  ydernummer: string;
  name: string;
  regionCode: RegionCode;
  practiceType: 'solo' | 'delepraksis' | 'kompagniskab' | 'laegehus';
  doctors: number;
  listSize: number;
  address: { street: string; postalCode: string; city: string; municipalityCode: string };
  geo: { lat: number; lon: number };
  phone: string;
}

export const REGION_NAMES: Record<RegionCode, string> = {
  '1081': 'Region Nordjylland',
  '1082': 'Region Midtjylland',
  '1083': 'Region Syddanmark',
  '1084': 'Region Hovedstaden',
  '1085': 'Region Sjælland',
};

export const CLINICS: readonly ClinicFixture[] = [
  {
    ydernummer: '990011',
    name: 'Lægerne Åboulevarden',
    regionCode: '1082',
    practiceType: 'laegehus',
    doctors: 7,
    listSize: 11900,
    address: {
      street: 'Åboulevarden 41, 2. sal',
      postalCode: '8000',
      city: 'Aarhus C',
      municipalityCode: '751',
    },
    geo: { lat: 56.1566, lon: 10.2069 },
    phone: '86 12 40 11',
  },
  {
    ydernummer: '990027',
    name: 'Lægehuset Store Torv',
    regionCode: '1084',
    practiceType: 'kompagniskab',
    doctors: 3,
    listSize: 4300,
    address: { street: 'Store Torv 6', postalCode: '3700', city: 'Rønne', municipalityCode: '400' },
    geo: { lat: 55.1009, lon: 14.7066 },
    phone: '56 95 27 00',
  },
  {
    ydernummer: '990035',
    name: 'Lægepraksis Boulevarden',
    regionCode: '1081',
    practiceType: 'solo',
    doctors: 1,
    listSize: 1650,
    address: {
      street: 'Boulevarden 13, 1. sal',
      postalCode: '9000',
      city: 'Aalborg',
      municipalityCode: '851',
    },
    geo: { lat: 57.0466, lon: 9.9187 },
    phone: '98 13 35 35',
  },
  {
    ydernummer: '990043',
    name: 'Lægerne ved Banegården',
    regionCode: '1083',
    practiceType: 'kompagniskab',
    doctors: 4,
    listSize: 6400,
    address: {
      street: 'Østre Stationsvej 27',
      postalCode: '5000',
      city: 'Odense C',
      municipalityCode: '461',
    },
    geo: { lat: 55.4017, lon: 10.3867 },
    phone: '66 11 43 43',
  },
  {
    ydernummer: '990051',
    name: 'Roskilde Lægecenter',
    regionCode: '1085',
    practiceType: 'delepraksis',
    doctors: 2,
    listSize: 2900,
    address: { street: 'Algade 52', postalCode: '4000', city: 'Roskilde', municipalityCode: '265' },
    geo: { lat: 55.6415, lon: 12.0803 },
    phone: '46 35 51 51',
  },
  {
    ydernummer: '990068',
    name: 'Lægehuset Nørrebrogade',
    regionCode: '1084',
    practiceType: 'laegehus',
    doctors: 5,
    listSize: 8700,
    address: { street: 'Nørrebrogade 164', postalCode: '2200', city: 'København N', municipalityCode: '101' },
    geo: { lat: 55.6951, lon: 12.5446 },
    phone: '35 85 68 68',
  },
];

export interface DemoUser {
  /** One account per person and clinic, as MitID Erhverv identities are per organisation. */
  accountId: string;
  name: string;
  role: Role;
  ydernummer: string;
  sundhedsId: boolean;
  autorisationsId?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    accountId: 'mette.vinther@990011',
    name: 'Mette Vinther',
    role: 'doctor',
    ydernummer: '990011',
    sundhedsId: true,
    autorisationsId: 'K7Q2M',
  },
  {
    accountId: 'jonas.berg@990011',
    name: 'Jonas Berg',
    role: 'secretary',
    ydernummer: '990011',
    sundhedsId: false,
  },
  {
    accountId: 'sofie.lund@990011',
    name: 'Sofie Lund',
    role: 'nurse',
    ydernummer: '990011',
    sundhedsId: true,
  },
  {
    accountId: 'peter.kofoed@990027',
    name: 'Peter Kofoed',
    role: 'doctor',
    ydernummer: '990027',
    sundhedsId: true,
    autorisationsId: 'B3R8T',
  },
  {
    accountId: 'hanne.munch@990027',
    name: 'Hanne Munch',
    role: 'nurse',
    ydernummer: '990027',
    sundhedsId: false,
  },
  {
    accountId: 'lars.thygesen@990035',
    name: 'Lars Thygesen',
    role: 'doctor',
    ydernummer: '990035',
    sundhedsId: true,
    autorisationsId: 'N5D1X',
  },
  {
    accountId: 'camilla.juhl@990043',
    name: 'Camilla Juhl',
    role: 'doctor',
    ydernummer: '990043',
    sundhedsId: true,
    autorisationsId: 'P9W4H',
  },
  {
    accountId: 'birgitte.holm@990043',
    name: 'Birgitte Holm',
    role: 'secretary',
    ydernummer: '990043',
    sundhedsId: true,
  },
  {
    accountId: 'morten.dahl@990051',
    name: 'Morten Dahl',
    role: 'doctor',
    ydernummer: '990051',
    sundhedsId: true,
    autorisationsId: 'F2J6L',
  },
  {
    accountId: 'rikke.skov@990051',
    name: 'Rikke Skov',
    role: 'secretary',
    ydernummer: '990051',
    sundhedsId: false,
  },
  {
    accountId: 'ida.noergaard@990068',
    name: 'Ida Nørgaard',
    role: 'doctor',
    ydernummer: '990068',
    sundhedsId: true,
    autorisationsId: 'T8C3V',
  },
  // The same person in a second clinic: a separate account, as in MitID Erhverv.
  {
    accountId: 'mette.vinther@990068',
    name: 'Mette Vinther',
    role: 'doctor',
    ydernummer: '990068',
    sundhedsId: true,
    autorisationsId: 'K7Q2M',
  },
];

export function clinicByYdernummer(ydernummer: string): ClinicFixture | undefined {
  return CLINICS.find((c) => c.ydernummer === ydernummer);
}
