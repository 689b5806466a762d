import type { Patient } from './patients.ts';
import { seededRandom, seedFrom } from './random.ts';

/**
 * Klinikbeskeder's rules. The PLO guidance was not found, so these are the design assumptions of
 * ../shared/domain §4 [A]: a patient receives with a Min Læge profile and consent; under 15 the message
 * goes to the parent's Min Læge (the parent must be able to receive); title ≤ 100, body ≤ 2,000 characters.
 */
export const MESSAGE_SETTINGS = {
  subjectMaxLength: 100,
  bodyMaxLength: 2000,
  childAgeLimit: 15,
  defaultBatchSize: 100,
  maxBatchSize: 500,
  maxRecipients: 20000,
} as const;

export type UnreachableReason =
  'no-min-laege' | 'no-consent' | 'no-parent' | 'parent-unreachable' | 'profile-deactivated';

export type Messaging =
  { channel: 'self' | 'parent'; reason?: undefined } | { channel: 'none'; reason: UnreachableReason };

function ownChannel(patient: Patient): Messaging {
  if (!patient.minLaege.user) return { channel: 'none', reason: 'no-min-laege' };
  if (!patient.minLaege.consent) return { channel: 'none', reason: 'no-consent' };
  return { channel: 'self' };
}

export function messagingFor(patient: Patient, parent: Patient | undefined): Messaging {
  if (patient.age >= MESSAGE_SETTINGS.childAgeLimit) return ownChannel(patient);
  if (!parent) return { channel: 'none', reason: 'no-parent' };
  return ownChannel(parent).channel === 'self'
    ? { channel: 'parent' }
    : { channel: 'none', reason: 'parent-unreachable' };
}

/** About 0.4 % of profiles turn out to be closed when the message is delivered; the same ones every time. */
export function profileClosed(patientId: string): boolean {
  return seededRandom(seedFrom(`profile:${patientId}`))() < 0.004;
}

export const UNREACHABLE_TEXT: Record<UnreachableReason, string> = {
  'no-min-laege': 'Bruger ikke Min Læge',
  'no-consent': 'Har ikke givet samtykke til beskeder fra klinikken',
  'no-parent': 'Barn under 15 uden forælder tilmeldt klinikken',
  'parent-unreachable': 'Barn under 15, hvis forælder ikke kan modtage beskeder',
  'profile-deactivated': 'Min Læge-profilen var lukket ved afsendelse',
};

export interface TemplateFixture {
  id: string;
  name: string;
  subject: string;
  body: string;
}

/** Common campaigns (../shared/domain §4 "Typical use"). */
export const BUILT_IN_TEMPLATES: readonly TemplateFixture[] = [
  {
    id: 'builtin-influenza',
    name: 'Influenzavaccination',
    subject: 'Influenzavaccination i klinikken',
    body: 'Kære patient\n\nDu tilbydes gratis vaccination mod influenza. Vi vaccinerer i klinikken fra 1. oktober. Bestil tid i Min Læge eller ring til klinikken i telefontiden.\n\nVenlig hilsen\nKlinikken',
  },
  {
    id: 'builtin-holiday',
    name: 'Ferielukning',
    subject: 'Klinikken holder ferielukket',
    body: 'Kære patient\n\nKlinikken holder ferielukket i uge 29 og 30. Ferieafløser er angivet under "Din læge" i Min Læge. Ved akut sygdom uden for åbningstid: ring til lægevagten.\n\nGod sommer\nKlinikken',
  },
  {
    id: 'builtin-phone-hours',
    name: 'Nye telefontider',
    subject: 'Nye telefontider',
    body: 'Kære patient\n\nFra næste måned har klinikken telefontid alle hverdage kl. 8.00–10.00. E-konsultation i Min Læge kan bruges hele døgnet.\n\nVenlig hilsen\nKlinikken',
  },
  {
    id: 'builtin-annual-review',
    name: 'Invitation til årskontrol',
    subject: 'Det er tid til din årskontrol',
    body: 'Kære patient\n\nDu er velkommen til din årlige kontrol af din kroniske sygdom. Bestil tid til blodprøver og samtale i Min Læge.\n\nVenlig hilsen\nKlinikken',
  },
  {
    id: 'builtin-moving',
    name: 'Flytning af klinikken',
    subject: 'Klinikken flytter',
    body: 'Kære patient\n\nKlinikken flytter til ny adresse. Den nye adresse og dato står under "Din læge" i Min Læge. Telefonnummer og åbningstider er uændrede.\n\nVenlig hilsen\nKlinikken',
  },
];
