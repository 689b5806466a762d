import type { AimDatabaseId } from './icpc.ts';
import { normal, weighted, type Random } from './random.ts';

/**
 * The five RKKP databases AIM reports to, their data elements and indicators.
 * Databases, ICPC codes and indicator areas [V] (../shared/domain §5.1–5.3); diabetes standards [V];
 * value distributions, validity periods and national figures [A] (§5.3 "Mock").
 */
export type AimReceiver = 'RKKP' | 'SDS';
export type ElementValue = number | string | boolean;

export interface ElementDefinition {
  id: string;
  name: string;
  unit?: string;
  source: 'lab' | 'clinic' | 'FMK' | 'ydelse';
  /** Older than this is out of date (and, for indicators, outside the window). */
  validityMonths: number;
  receivers: readonly AimReceiver[];
  /** How often it is missing or out of date [A]: eye and foot examinations lag most (§5.3, 85–92 %). */
  missing?: number;
  outdated?: number;
  value(random: Random): ElementValue;
}

export interface IndicatorDefinition {
  id: string;
  name: string;
  description: string;
  direction: 'higher-is-better' | 'lower-is-better';
  standardPct?: number;
  elementId: string;
  condition?: { operator: 'lt' | 'lte' | 'gt' | 'gte' | 'eq'; value: ElementValue };
  /** The national figure the series drifts around [A]. */
  nationalPct: number;
}

export interface AimDatabaseDefinition {
  id: AimDatabaseId;
  name: string;
  shortName: string;
  icpcCodes: readonly string[];
  minAge: number;
  /** Heart failure starts later than the others [V §5.1 / issue 8]. */
  inPreparation?: boolean;
  elements: readonly ElementDefinition[];
  indicators: readonly IndicatorDefinition[];
}

const BOTH: readonly AimReceiver[] = ['RKKP', 'SDS'];
const SDS_ONLY: readonly AimReceiver[] = ['SDS'];
const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const oneOf =
  <T>(table: ReadonlyArray<readonly [T, number]>) =>
  (random: Random) =>
    weighted(random, table);

const SMOKING = oneOf([
  ['aldrig', 45],
  ['tidligere', 33],
  ['daglig', 17],
  ['lejlighedsvis', 5],
] as const);

const element = (
  id: string,
  name: string,
  source: ElementDefinition['source'],
  validityMonths: number,
  value: ElementDefinition['value'],
  extra: Partial<Pick<ElementDefinition, 'unit' | 'receivers' | 'missing' | 'outdated'>> = {},
): ElementDefinition => ({ id, name, source, validityMonths, value, receivers: BOTH, ...extra });

const measured = (
  id: string,
  name: string,
  elementId: string,
  windowMonths: number,
  nationalPct: number,
  standardPct?: number,
): IndicatorDefinition => ({
  id,
  name,
  description: `Andel af populationen med ${name.toLowerCase()} inden for ${windowMonths} måneder.`,
  direction: 'higher-is-better',
  elementId,
  nationalPct,
  ...(standardPct === undefined ? {} : { standardPct }),
});

export const AIM_DATABASES: readonly AimDatabaseDefinition[] = [
  {
    id: 'ddid',
    name: 'Dansk Diabetes Database',
    shortName: 'DDiD',
    icpcCodes: ['T89', 'T90'],
    minAge: 18,
    elements: [
      // HbA1c skewed upwards: about 10 % at 75 mmol/mol or more [A].
      element(
        'hba1c',
        'HbA1c',
        'lab',
        12,
        (r) => round(clamp(normal(r, 53, 10) + (r() < 0.1 ? 25 : 0), 34, 130)),
        { unit: 'mmol/mol' },
      ),
      element(
        'bp_systolic',
        'Blodtryk, systolisk',
        'clinic',
        12,
        (r) => round(clamp(normal(r, 135, 15), 95, 210)),
        { unit: 'mmHg' },
      ),
      element(
        'bp_diastolic',
        'Blodtryk, diastolisk',
        'clinic',
        12,
        (r) => round(clamp(normal(r, 80, 10), 50, 120)),
        { unit: 'mmHg' },
      ),
      element('ldl', 'LDL-kolesterol', 'lab', 12, (r) => round(clamp(normal(r, 2.3, 0.8), 0.6, 6), 1), {
        unit: 'mmol/l',
      }),
      element(
        'u_acr',
        'U-albumin/kreatinin-ratio',
        'lab',
        24,
        (r) => round(Math.exp(normal(r, Math.log(10), 1.1)), 0),
        { unit: 'mg/g' },
      ),
      element('egfr', 'eGFR', 'lab', 12, (r) => round(clamp(normal(r, 75, 20), 12, 130)), {
        unit: 'ml/min/1,73 m²',
        receivers: SDS_ONLY,
      }),
      element('eye_exam', 'Øjenundersøgelse', 'ydelse', 24, () => 'udført', { outdated: 0.1 }),
      element(
        'foot_exam',
        'Fodundersøgelse',
        'clinic',
        24,
        oneOf([
          ['lav risiko', 70],
          ['moderat risiko', 22],
          ['høj risiko', 8],
        ] as const),
        { outdated: 0.07 },
      ),
      element('smoking', 'Rygestatus', 'clinic', 24, SMOKING),
      element('bmi', 'BMI', 'clinic', 12, (r) => round(clamp(normal(r, 30, 5), 17, 50), 1), {
        unit: 'kg/m²',
        receivers: SDS_ONLY,
      }),
    ],
    indicators: [
      {
        id: '1.f1',
        name: 'HbA1c under 59 mmol/mol',
        description: 'Andel med seneste HbA1c under 59 mmol/mol inden for 12 måneder.',
        direction: 'higher-is-better',
        standardPct: 40,
        elementId: 'hba1c',
        condition: { operator: 'lt', value: 59 },
        nationalPct: 66,
      },
      {
        id: '1.f2',
        name: 'HbA1c 75 mmol/mol eller derover',
        description: 'Andel med seneste HbA1c på 75 mmol/mol eller derover inden for 12 måneder.',
        direction: 'lower-is-better',
        standardPct: 20,
        elementId: 'hba1c',
        condition: { operator: 'gte', value: 75 },
        nationalPct: 9,
      },
      measured('2.f', 'Blodtryk målt', 'bp_systolic', 12, 93, 95),
      measured('3.f', 'Screening for albuminuri', 'u_acr', 24, 88, 95),
      measured('4.f', 'Øjenundersøgelse', 'eye_exam', 24, 84, 90),
      measured('5.f', 'Fodundersøgelse', 'foot_exam', 24, 87, 95),
      measured('lipid', 'LDL-kolesterol målt', 'ldl', 12, 90),
      measured('smoke', 'Rygestatus registreret', 'smoking', 24, 89),
    ],
  },
  {
    id: 'drkol',
    name: 'Dansk Register for Kronisk Obstruktiv Lungesygdom',
    shortName: 'DrKOL',
    icpcCodes: ['R95'],
    minAge: 18,
    elements: [
      element(
        'fev1',
        'FEV1 i % af forventet',
        'clinic',
        12,
        (r) => round(clamp(normal(r, 60, 15), 20, 100)),
        { unit: '%' },
      ),
      element(
        'mrc',
        'MRC-dyspnøgrad',
        'clinic',
        12,
        oneOf([
          [1, 25],
          [2, 35],
          [3, 25],
          [4, 12],
          [5, 3],
        ] as const),
      ),
      element('exacerbations', 'Eksacerbationer sidste 12 måneder', 'clinic', 12, (r) =>
        weighted(r, [
          [0, 50],
          [1, 35],
          [2, 11],
          [3, 4],
        ] as const),
      ),
      element(
        'smoking',
        'Rygestatus',
        'clinic',
        12,
        oneOf([
          ['aldrig', 8],
          ['tidligere', 57],
          ['daglig', 30],
          ['lejlighedsvis', 5],
        ] as const),
      ),
      element('bmi', 'BMI', 'clinic', 12, (r) => round(clamp(normal(r, 26, 5), 15, 45), 1), {
        unit: 'kg/m²',
      }),
      element('influenza', 'Influenzavaccination', 'ydelse', 12, () => 'givet', { outdated: 0.15 }),
      element('inhaler', 'Inhalationsteknik vurderet', 'clinic', 12, () => true, { outdated: 0.08 }),
      element('rehab', 'Tilbudt rehabilitering', 'clinic', 24, (r) => r() < 0.7, { receivers: ['RKKP'] }),
    ],
    indicators: [
      measured('fev1', 'FEV1 målt', 'fev1', 12, 82),
      measured('mrc', 'MRC registreret', 'mrc', 12, 85),
      measured('smoke', 'Rygestatus registreret', 'smoking', 12, 89, 90),
      measured('bmi', 'BMI registreret', 'bmi', 12, 84),
      measured('flu', 'Influenzavaccination', 'influenza', 12, 72),
      measured('inh', 'Inhalationsteknik vurderet', 'inhaler', 12, 78),
    ],
  },
  {
    id: 'afdk',
    name: 'Databasen for Atrieflimren i Danmark',
    shortName: 'AFDK',
    icpcCodes: ['K78'],
    minAge: 18,
    elements: [
      element('cha2ds2vasc', 'CHA₂DS₂-VASc', 'clinic', 12, (r) =>
        weighted(r, [
          [0, 3],
          [1, 8],
          [2, 17],
          [3, 22],
          [4, 20],
          [5, 14],
          [6, 9],
          [7, 5],
          [8, 2],
        ] as const),
      ),
      element('hasbled', 'HAS-BLED', 'clinic', 12, (r) =>
        weighted(r, [
          [0, 15],
          [1, 35],
          [2, 30],
          [3, 15],
          [4, 4],
          [5, 1],
        ] as const),
      ),
      element('anticoagulated', 'Behandlet med antikoagulans', 'FMK', 12, (r) => r() < 0.95),
      element(
        'oac',
        'Antikoagulans (ATC)',
        'FMK',
        12,
        oneOf([
          ['B01AF02 apixaban', 45],
          ['B01AF01 rivaroxaban', 25],
          ['B01AE07 dabigatran', 8],
          ['B01AF03 edoxaban', 7],
          ['B01AA03 warfarin', 10],
        ] as const),
      ),
      element('tsh', 'TSH', 'lab', 24, (r) => round(Math.exp(normal(r, Math.log(1.8), 0.5)), 2), {
        unit: 'mIU/l',
        receivers: SDS_ONLY,
      }),
      element('echo', 'Ekkokardiografi', 'ydelse', 60, () => 'udført', { outdated: 0.05 }),
    ],
    indicators: [
      measured('5', 'CHA₂DS₂-VASc vurderet', 'cha2ds2vasc', 12, 81),
      measured('6', 'HAS-BLED vurderet', 'hasbled', 12, 74),
      {
        id: '4a',
        name: 'Behandlet med antikoagulans',
        description: 'Andel i behandling med antikoagulans (fra FMK) inden for 12 måneder.',
        direction: 'higher-is-better',
        elementId: 'anticoagulated',
        condition: { operator: 'eq', value: true },
        nationalPct: 86,
      },
      measured('2', 'Ekkokardiografi', 'echo', 60, 88),
    ],
  },
  {
    id: 'drastma',
    name: 'Databasen for Astma i Danmark',
    shortName: 'DrAstma',
    icpcCodes: ['R96'],
    minAge: 0,
    elements: [
      element(
        'fev1',
        'FEV1 i % af forventet',
        'clinic',
        12,
        (r) => round(clamp(normal(r, 88, 12), 40, 120)),
        { unit: '%' },
      ),
      element('act', 'ACT-score', 'clinic', 12, (r) => round(clamp(normal(r, 19, 4), 5, 25))),
      element('ics', 'Inhalationssteroid', 'FMK', 12, (r) => r() < 0.75),
      element(
        'saba',
        'SABA-doser sidste 12 måneder',
        'FMK',
        12,
        (r) =>
          weighted(r, [
            [0, 20],
            [200, 45],
            [400, 20],
            [800, 10],
            [1200, 5],
          ] as const),
        { receivers: SDS_ONLY },
      ),
      element('inhaler', 'Inhalationsteknik vurderet', 'clinic', 12, () => true, { outdated: 0.12 }),
      element('smoking', 'Rygestatus', 'clinic', 24, SMOKING),
      element('allergy', 'Allergitest', 'ydelse', 120, () => 'udført', { missing: 0.15 }),
    ],
    indicators: [
      measured('1', 'Årlig kontrol (ACT registreret)', 'act', 12, 71),
      measured('4a', 'FEV1 målt', 'fev1', 12, 68),
      measured('inh', 'Inhalationsteknik vurderet', 'inhaler', 12, 66),
      measured('smoke', 'Rygestatus registreret', 'smoking', 24, 80),
    ],
  },
  {
    id: 'dhd',
    name: 'Dansk Hjertesvigtdatabase',
    shortName: 'DHD',
    icpcCodes: ['K77'],
    minAge: 18,
    inPreparation: true,
    elements: [
      // HFrEF ≤ 40 %: 50 %, HFmrEF 41–49 %: 20 %, HFpEF ≥ 50 %: 30 % [A §5.3].
      element(
        'lvef',
        'LVEF',
        'ydelse',
        24,
        (r) =>
          weighted(r, [
            [30, 25],
            [35, 25],
            [45, 20],
            [55, 30],
          ] as const),
        { unit: '%' },
      ),
      element(
        'nyha',
        'NYHA-klasse',
        'clinic',
        12,
        oneOf([
          ['I', 25],
          ['II', 45],
          ['III', 25],
          ['IV', 5],
        ] as const),
      ),
      element('raas', 'ACE-hæmmer/ARB/ARNI', 'FMK', 12, (r) => r() < 0.85),
      element('betablocker', 'Betablokker', 'FMK', 12, (r) => r() < 0.8),
      element('mra', 'MRA', 'FMK', 12, (r) => r() < 0.5),
      element('sglt2i', 'SGLT2-hæmmer', 'FMK', 12, (r) => r() < 0.64),
      element('egfr', 'eGFR', 'lab', 12, (r) => round(clamp(normal(r, 60, 20), 10, 120)), {
        unit: 'ml/min/1,73 m²',
        receivers: SDS_ONLY,
      }),
    ],
    indicators: [
      measured('lvef', 'LVEF registreret', 'lvef', 24, 80),
      {
        id: 'sglt2i',
        name: 'SGLT2-hæmmer',
        description: 'Andel i behandling med SGLT2-hæmmer.',
        direction: 'higher-is-better',
        elementId: 'sglt2i',
        condition: { operator: 'eq', value: true },
        nationalPct: 64,
      },
      {
        id: 'bb',
        name: 'Betablokker',
        description: 'Andel i behandling med betablokker.',
        direction: 'higher-is-better',
        elementId: 'betablocker',
        condition: { operator: 'eq', value: true },
        nationalPct: 80,
      },
    ],
  },
];

export const aimDatabase = (id: string): AimDatabaseDefinition | undefined =>
  AIM_DATABASES.find((d) => d.id === id);
