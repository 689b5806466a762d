// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../../../shared/testing/msw.ts';
import { todayUtc } from './dates.ts';
import { patientIssues, statusFromIssues } from './flags.ts';
import { computeIndicators, latestPoint, reconcile } from './indicators.ts';
import { agreesWithOverview, summarisePopulation } from './population.ts';
import { DATABASE_IDS, type AimDatabase, type AimPatient, type Indicator } from './types.ts';

/** The webapp's own rules against the mock API's figures, for every database of the largest clinic. */
const get = async <T>(path: string): Promise<T> => {
  const response = await fetch(`http://localhost/api/v1${path}`, {
    headers: { Authorization: `Bearer ${await mintToken({ ydernummer: '990011' })}` },
  });
  return (await response.json()) as T;
};

describe('AIM rules against the API', () => {
  const today = todayUtc();

  it.each(DATABASE_IDS)('%s: same flags, population and latest indicator figures', async (id) => {
    const { items: databases } = await get<{ items: AimDatabase[] }>('/aim/databases');
    const database = databases.find((d) => d.id === id)!;
    const { items: patients } = await get<{ items: AimPatient[] }>(
      `/aim/databases/${database.id}/patients?pageSize=5000`,
    );
    const { items: indicators } = await get<{ items: Indicator[] }>(
      `/aim/databases/${database.id}/indicators`,
    );
    expect(patients.length).toBeGreaterThan(0);
    for (const patient of patients)
      expect(statusFromIssues(patientIssues(patient, today))).toBe(patient.status);
    expect(agreesWithOverview(database, summarisePopulation(patients))).toBe(true);
    const computed = computeIndicators(indicators, patients, today);
    for (const indicator of indicators) {
      const expected = database.status === 'in-preparation' ? 'no-figure' : 'matches';
      expect(reconcile(computed.get(indicator.id)!, latestPoint(indicator)), indicator.id).toBe(expected);
    }
  });
});
