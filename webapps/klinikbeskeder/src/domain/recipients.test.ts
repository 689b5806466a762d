import { describe, expect, it } from 'vitest';
import { clinicPatients } from '../../../../mocks/data/index.ts';
import { messagingOf } from '../../../../mocks/handlers/broadcasts.ts';
import { ageOn, todayIso } from './age.ts';
import {
  countRecipients,
  indexedRecipients,
  indexRecipients,
  matchPatients,
  recipientIds,
} from './recipients.ts';
import type { ClinicPatient, RecipientFilter } from './types.ts';

const TODAY = '2026-11-24';

function patient(id: string, overrides: Partial<ClinicPatient> = {}): ClinicPatient {
  return {
    id,
    cpr: '6701501234',
    name: `Patient ${id}`,
    birthDate: '1960-01-01',
    sex: 'F',
    icpc: [],
    services: [],
    minLaege: { user: true, consent: true },
    messaging: { channel: 'self' },
    ...overrides,
  };
}

const PATIENTS = [
  patient('turns-65-today', { birthDate: '1961-11-24', icpc: ['T90'] }),
  patient('turns-65-tomorrow', { birthDate: '1961-11-25', icpc: ['T90', 'K86'], sex: 'M' }),
  patient('80-copd', {
    birthDate: '1946-03-02',
    icpc: ['R95'],
    services: [{ code: '0120', date: '2026-06-01' }],
  }),
  patient('40-asthma', {
    birthDate: '1986-05-05',
    icpc: ['R96'],
    services: [{ code: '0120', date: '2025-06-01' }],
  }),
  patient('parent', { birthDate: '1990-01-01' }),
  patient('child', {
    birthDate: '2018-04-04',
    parentId: 'parent',
    minLaege: { user: false, consent: false },
  }),
  patient('orphan', { birthDate: '2019-04-04', minLaege: { user: false, consent: false } }),
  patient('no-app', { birthDate: '1950-02-02', icpc: ['T90'], minLaege: { user: false, consent: false } }),
  patient('no-consent', { birthDate: '1955-02-02', icpc: ['T90'], minLaege: { user: true, consent: false } }),
];
const index = await indexRecipients(PATIENTS, TODAY, 15);
const ids = (filter: RecipientFilter) => matchPatients(index, filter).map((i) => PATIENTS[i]!.id);

describe('age on the day of sending', () => {
  it('counts whole years, a birthday today included', () => {
    expect(ageOn('1961-11-24', TODAY)).toBe(65);
    expect(ageOn('1961-11-25', TODAY)).toBe(64);
    expect(ageOn('2008-02-29', '2027-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2027-03-01')).toBe(19);
  });

  it('takes today in Danish time, not UTC', () => {
    expect(todayIso(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(todayIso(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('matching recipients', () => {
  it('includes both ends of the age range (65+ starts on the 65th birthday)', () => {
    expect(ids({ operator: 'and', ageMin: 65 })).toEqual([
      'turns-65-today',
      '80-copd',
      'no-app',
      'no-consent',
    ]);
    expect(ids({ operator: 'and', ageMin: 40, ageMax: 64 })).toEqual(['turns-65-tomorrow', '40-asthma']);
  });

  it('applies sex to everyone, whatever the operator', () => {
    expect(ids({ operator: 'or', sex: 'M', diagnoses: { codes: ['T90'], match: 'any' } })).toEqual([
      'turns-65-tomorrow',
    ]);
  });

  it('matches any or all of the chosen diagnoses', () => {
    const codes = ['T90', 'K86'];
    expect(ids({ operator: 'and', diagnoses: { codes, match: 'any' } })).toEqual([
      'turns-65-today',
      'turns-65-tomorrow',
      'no-app',
      'no-consent',
    ]);
    expect(ids({ operator: 'and', diagnoses: { codes, match: 'all' } })).toEqual(['turns-65-tomorrow']);
  });

  it('matches services received inside the period only, both ends included', () => {
    const services = (from: string, to: string) =>
      ids({ operator: 'and', services: { codes: ['0120'], match: 'any', from, to } });
    expect(services('2025-11-24', TODAY)).toEqual(['80-copd']);
    expect(services('2025-06-01', '2026-06-01')).toEqual(['80-copd', '40-asthma']);
    expect(services('2025-06-02', '2026-05-31')).toEqual([]);
  });

  it('combines diagnoses and services with AND or OR', () => {
    const filter = (operator: 'and' | 'or'): RecipientFilter => ({
      operator,
      diagnoses: { codes: ['R95', 'R96'], match: 'any' },
      services: { codes: ['0120'], match: 'any', from: '2026-01-01', to: TODAY },
    });
    expect(ids(filter('and'))).toEqual(['80-copd']);
    expect(ids(filter('or'))).toEqual(['80-copd', '40-asthma']);
  });

  it('with no conditions matches everyone of that sex and age', () => {
    expect(ids({ operator: 'and' })).toHaveLength(PATIENTS.length);
    expect(ids({ operator: 'or' })).toHaveLength(PATIENTS.length);
  });
});

describe('who can receive', () => {
  it('counts own profiles, children through a parent, and why the rest cannot', () => {
    const all = matchPatients(index, { operator: 'and' });
    expect(countRecipients(index, all, new Set())).toEqual({
      matched: 9,
      reachable: 6,
      viaParent: 1,
      unreachable: { 'no-parent': 1, 'no-min-laege': 1, 'no-consent': 1 },
      excluded: 0,
    });
  });

  it('leaves out the patients removed by hand, from the count and from the send', () => {
    const all = matchPatients(index, { operator: 'and' });
    const excluded = new Set(['child', 'no-app']);
    expect(countRecipients(index, all, excluded)).toMatchObject({ matched: 7, reachable: 5, excluded: 2 });
    expect(recipientIds(index, all, excluded)).not.toContain('child');
    expect(recipientIds(index, all, excluded)).toContain('no-consent');
  });

  it('indexes a list once per day: the same list gives the same index, another day a new one', async () => {
    expect(await indexRecipients(PATIENTS, TODAY, 15)).toBe(index);
    expect(indexedRecipients(PATIENTS, TODAY, 15)).toBe(index);
    const tomorrow = indexRecipients(PATIENTS, '2026-11-25', 15);
    expect(indexedRecipients(PATIENTS, '2026-11-25', 15)).toBeUndefined();
    expect(await tomorrow).not.toBe(index);
    expect((await tomorrow).ages[1]).toBe(65);
    expect(await indexRecipients([...PATIENTS], TODAY, 15)).not.toBe(await tomorrow);
  });

  it('indexes a large list a slice at a time, each patient as if indexed alone', async () => {
    const alone = PATIENTS.filter((p) => !p.parentId);
    const many = Array.from({ length: 4_500 }, (_, i) => ({ ...alone[i % alone.length]!, id: `p${i}` }));
    const large = await indexRecipients(many, TODAY, 15);
    expect(large.reach).toHaveLength(4_500);
    for (const i of [0, 1_999, 2_000, 2_001, 4_499]) {
      const single = await indexRecipients([many[i]!], TODAY, 15);
      expect(large.reach[i]).toEqual(single.reach[0]);
      expect(large.ages[i]).toBe(single.ages[0]);
    }
    const t90 = large.diagnoses.get('T90')!.reduce((sum, bit) => sum + bit, 0);
    expect(t90).toBe(many.filter((p) => p.icpc.includes('T90')).length);
  });

  it('reaches every patient of a demo clinic the way the API will deliver', async () => {
    const patients = clinicPatients('990035');
    const demo = await indexRecipients(
      patients.map((p) => ({ ...p, services: [], messaging: messagingOf('990035', p) })),
      todayIso(),
      15,
    );
    const disagreements = patients.filter((p, i) => {
      const server = messagingOf('990035', p);
      const client = demo.reach[i]!;
      return (
        server.channel !== client.channel ||
        server.reason !== ('reason' in client ? client.reason : undefined)
      );
    });
    expect(disagreements).toEqual([]);
    expect(demo.reach.filter((r) => r.channel === 'parent').length).toBeGreaterThan(0);
  });
});
