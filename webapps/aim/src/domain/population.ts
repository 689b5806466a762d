import type { AimDatabase, AimPatient, RecordStatus } from './types.ts';

/**
 * The population behind a database: patients with one of its ICPC codes (the API selects them). Here
 * the webapp checks and summarises what it got: the code and date each patient was included by, and
 * the counts per status, which must add up to the database's population count.
 */
export interface Inclusion {
  code: string;
  date: string;
}

/** "ICPC T90 registreret 2019-03-02" → { code: 'T90', date: '2019-03-02' }. */
export function parseInclusion(includedBecause: string): Inclusion | undefined {
  const match = /ICPC\s+([A-Z]\d{2})\S*\s+\S+\s+(\d{4}-\d{2}-\d{2})/.exec(includedBecause);
  return match ? { code: match[1]!, date: match[2]! } : undefined;
}

export const inPopulation = (database: Pick<AimDatabase, 'icpcCodes'>, patientCodes: readonly string[]) =>
  database.icpcCodes.some((code) => patientCodes.includes(code));

export interface PopulationSummary {
  total: number;
  byStatus: Record<RecordStatus, number>;
  byCode: Record<string, number>;
  women: number;
  men: number;
  medianAge: number | undefined;
}

export function summarisePopulation(patients: readonly AimPatient[]): PopulationSummary {
  const byStatus: Record<RecordStatus, number> = { ready: 0, 'missing-data': 0, 'out-of-date': 0 };
  const byCode: Record<string, number> = {};
  let women = 0;
  for (const patient of patients) {
    byStatus[patient.status]++;
    const code = parseInclusion(patient.includedBecause)?.code;
    if (code) byCode[code] = (byCode[code] ?? 0) + 1;
    if (patient.sex === 'F') women++;
  }
  const ages = patients.map((p) => p.age).sort((a, b) => a - b);
  const middle = Math.floor(ages.length / 2);
  const medianAge = ages.length
    ? ages.length % 2
      ? ages[middle]
      : Math.round((ages[middle - 1]! + ages[middle]!) / 2)
    : undefined;
  return { total: patients.length, byStatus, byCode, women, men: patients.length - women, medianAge };
}

/** The patient list and the overview agree: same total and same count per status. */
export function agreesWithOverview(
  database: Pick<AimDatabase, 'populationCount' | 'statusCounts'>,
  summary: PopulationSummary,
): boolean {
  return (
    summary.total === database.populationCount &&
    (Object.keys(summary.byStatus) as RecordStatus[]).every(
      (s) => summary.byStatus[s] === database.statusCounts[s],
    )
  );
}
