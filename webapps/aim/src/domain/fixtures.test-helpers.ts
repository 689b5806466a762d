import type { AimElement, AimPatient, Indicator } from './types.ts';

/** Small hand-made API shapes for the unit tests: only what each rule reads. */
export function element(
  id: string,
  value: AimElement['value'],
  date?: string,
  validityMonths = 12,
): AimElement {
  return {
    id,
    name: id.toUpperCase(),
    value,
    ...(date ? { date } : {}),
    flag: 'ok',
    validityMonths,
    receivers: ['RKKP', 'SDS'],
    source: 'lab',
  };
}

let serial = 0;
export function patient(elements: AimElement[], overrides: Partial<AimPatient> = {}): AimPatient {
  serial++;
  return {
    cpr: `67${String(serial).padStart(8, '0')}`,
    name: `Patient ${serial}`,
    birthDate: '1950-01-01',
    age: 76,
    sex: 'F',
    includedBecause: 'ICPC T90 registreret 2019-03-02',
    status: 'ready',
    elements,
    ...overrides,
  };
}

export function indicator(id: string, rule: Indicator['rule'], extra: Partial<Indicator> = {}): Indicator {
  return { id, name: id, description: id, direction: 'higher-is-better', rule, series: [], ...extra };
}
