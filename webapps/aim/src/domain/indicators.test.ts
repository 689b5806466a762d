import { describe, expect, it } from 'vitest';
import { element, indicator, patient } from './fixtures.test-helpers.ts';
import {
  compare,
  computeFulfilment,
  computeIndicators,
  fulfils,
  meetsStandard,
  reconcile,
} from './indicators.ts';

const TODAY = '2026-11-24';
const HBA1C_UNDER_59 = {
  elementId: 'hba1c',
  windowMonths: 12,
  condition: { operator: 'lt' as const, value: 59 },
};

describe('indicator fulfilment', () => {
  it('needs a value recorded within the window', () => {
    const rule = { elementId: 'hba1c', windowMonths: 12 };
    expect(fulfils(rule, element('hba1c', 50, '2026-01-10'), TODAY)).toBe(true);
    expect(fulfils(rule, element('hba1c', 50, '2025-11-24'), TODAY)).toBe(true);
    expect(fulfils(rule, element('hba1c', 50, '2025-11-23'), TODAY)).toBe(false);
    expect(fulfils(rule, element('hba1c', null), TODAY)).toBe(false);
    expect(fulfils(rule, undefined, TODAY)).toBe(false);
  });

  it('applies the condition: numbers compared, anything else only equal', () => {
    expect(fulfils(HBA1C_UNDER_59, element('hba1c', 58, '2026-06-01'), TODAY)).toBe(true);
    expect(fulfils(HBA1C_UNDER_59, element('hba1c', 59, '2026-06-01'), TODAY)).toBe(false);
    const gte = { elementId: 'hba1c', windowMonths: 12, condition: { operator: 'gte' as const, value: 75 } };
    expect(fulfils(gte, element('hba1c', 75, '2026-06-01'), TODAY)).toBe(true);
    const treated = {
      elementId: 'oak',
      windowMonths: 12,
      condition: { operator: 'eq' as const, value: true },
    };
    expect(fulfils(treated, element('oak', true, '2026-06-01'), TODAY)).toBe(true);
    expect(fulfils(treated, element('oak', false, '2026-06-01'), TODAY)).toBe(false);
    const text = { elementId: 's', windowMonths: 12, condition: { operator: 'lt' as const, value: 3 } };
    expect(fulfils(text, element('s', 'daglig', '2026-06-01'), TODAY)).toBe(false);
  });

  it('counts the whole population as the denominator, missing values included', () => {
    const patients = [
      patient([element('hba1c', 50, '2026-06-01')]),
      patient([element('hba1c', 70, '2026-06-01')]),
      patient([element('hba1c', null)]),
    ];
    expect(computeFulfilment(HBA1C_UNDER_59, patients, TODAY)).toEqual({
      numerator: 1,
      denominator: 3,
      pct: 33.3,
    });
    expect(computeFulfilment(HBA1C_UNDER_59, [], TODAY)).toEqual({
      numerator: 0,
      denominator: 0,
      pct: undefined,
    });
  });

  it('computes every indicator of a database, by id, with the same result as one at a time', () => {
    const indicators = [
      indicator('a', HBA1C_UNDER_59),
      indicator('b', { elementId: 'ldl', windowMonths: 12 }),
    ];
    const patients = [
      patient([element('hba1c', 50, '2026-06-01'), element('ldl', 2, '2024-01-01')]),
      patient([element('hba1c', 60, '2026-06-01'), element('ldl', 2, '2026-01-01')]),
    ];
    const all = computeIndicators(indicators, patients, TODAY);
    for (const i of indicators) expect(all.get(i.id)).toEqual(computeFulfilment(i.rule, patients, TODAY));
  });

  it('reconciles with the reported figure by numerator and denominator', () => {
    const point = {
      period: '2026-Q4',
      numerator: 1,
      denominator: 3,
      clinicPct: 33.3,
      regionPct: 40,
      nationalPct: 41,
    };
    expect(reconcile({ numerator: 1, denominator: 3, pct: 33.3 }, point)).toBe('matches');
    expect(reconcile({ numerator: 2, denominator: 3, pct: 66.7 }, point)).toBe('differs');
    expect(reconcile({ numerator: 2, denominator: 3, pct: 66.7 }, undefined)).toBe('no-figure');
  });

  it('compares in the direction of the indicator, and checks the standard as target or ceiling', () => {
    expect(compare({ direction: 'higher-is-better' }, 70, 66)).toBe('better');
    expect(compare({ direction: 'lower-is-better' }, 12, 9)).toBe('worse');
    expect(compare({ direction: 'lower-is-better' }, 9.2, 9)).toBe('level');
    expect(meetsStandard({ direction: 'higher-is-better', standardPct: 95 }, 94.9)).toBe(false);
    expect(meetsStandard({ direction: 'lower-is-better', standardPct: 20 }, 12)).toBe(true);
    expect(meetsStandard({ direction: 'higher-is-better' }, 12)).toBeUndefined();
  });
});
