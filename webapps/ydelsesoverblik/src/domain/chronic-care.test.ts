import { describe, expect, it } from 'vitest';
import { chronicCareFees, coveredContacts, paidAsComputed } from './chronic-care.ts';
import { code, month } from './fixtures.test-helpers.ts';
import type { ChronicCareRules } from './types.ts';
import { aggregate, total } from './usage.ts';

const RULES: ChronicCareRules = {
  rules: [
    { code: '0130', name: 'KOL', icpcCodes: ['R95'], annualFeeDkk: 1100 },
    { code: '0131', name: 'Type 2-diabetes', icpcCodes: ['T90'], annualFeeDkk: 1600 },
  ],
  coveredCodes: ['0101'],
  billing: 'quarterly',
  excludedSikringsgruppe: 2,
  endCode: '0133',
  text: '',
};

const MONTHS = [
  month('2026-01', 1000, { '0101': [300, 40000, 50] }),
  month('2026-02', 1000, {}),
  month('2026-03', 1000, { '0130': [15, 4125], '0131': [30, 12000], '0101': [200, 28800, 20] }),
  month('2026-04', 1000, { '0101': [80, 12800] }, '2026-04-20'),
];

describe('kronikerhonorar', () => {
  it('is a quarter of the annual fee per enrolled patient and group, billed at the quarter end', () => {
    const [kol, diabetes, kolQ2] = chronicCareFees(aggregate(MONTHS, 'quarter'), RULES);
    expect(kol).toMatchObject({
      quarter: '2026-K1',
      patients: 15,
      computedDkk: 4125,
      paidDkk: 4125,
      billed: true,
    });
    expect(diabetes).toMatchObject({ code: '0131', patients: 30, computedDkk: 12000 });
    expect(paidAsComputed(kol!)).toBe(true);
    expect(kolQ2).toMatchObject({ quarter: '2026-K2', code: '0130', patients: 0, billed: false });
  });

  it('shows when the clinic was paid something else than the agreement gives', () => {
    const [kol] = chronicCareFees(
      aggregate([month('2026-03', 1000, { '0130': [15, 16500] })], 'quarter'),
      RULES,
    );
    expect(kol!.computedDkk).toBe(4125);
    expect(paidAsComputed(kol!)).toBe(false);
  });

  it('lists the contacts it covers, with what they would have been paid', () => {
    const [consultation] = coveredContacts(total(MONTHS)!, [code('0101', 'consultation', 160)], RULES);
    expect(consultation).toMatchObject({ count: 580, covered: 70, valueDkk: 11200 });
  });
});
