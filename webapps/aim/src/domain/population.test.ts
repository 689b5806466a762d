import { describe, expect, it } from 'vitest';
import { patient } from './fixtures.test-helpers.ts';
import { agreesWithOverview, inPopulation, parseInclusion, summarisePopulation } from './population.ts';

describe('populations', () => {
  it('includes a patient with any of the database codes', () => {
    expect(inPopulation({ icpcCodes: ['T89', 'T90'] }, ['K86', 'T90'])).toBe(true);
    expect(inPopulation({ icpcCodes: ['T89', 'T90'] }, ['K86'])).toBe(false);
  });

  it('reads the code and date a patient was included by', () => {
    expect(parseInclusion('ICPC T90 registreret 2019-03-02')).toEqual({ code: 'T90', date: '2019-03-02' });
    expect(parseInclusion('ukendt')).toBeUndefined();
  });

  it('summarises the population and checks it against the overview counts', () => {
    const patients = [
      patient([], { status: 'ready', sex: 'F', age: 60 }),
      patient([], {
        status: 'missing-data',
        sex: 'M',
        age: 70,
        includedBecause: 'ICPC T89 registreret 2001-05-06',
      }),
      patient([], { status: 'out-of-date', sex: 'M', age: 80 }),
      patient([], { status: 'ready', sex: 'F', age: 90 }),
    ];
    const summary = summarisePopulation(patients);
    expect(summary).toEqual({
      total: 4,
      byStatus: { ready: 2, 'missing-data': 1, 'out-of-date': 1 },
      byCode: { T90: 3, T89: 1 },
      women: 2,
      men: 2,
      medianAge: 75,
    });
    const counts = { ready: 2, 'missing-data': 1, 'out-of-date': 1 };
    expect(agreesWithOverview({ populationCount: 4, statusCounts: counts }, summary)).toBe(true);
    expect(agreesWithOverview({ populationCount: 5, statusCounts: counts }, summary)).toBe(false);
    expect(summarisePopulation([]).medianAge).toBeUndefined();
  });
});
