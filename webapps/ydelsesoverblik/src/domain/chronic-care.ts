import type { ChronicCareRules, ServiceCode } from './types.ts';
import type { Bucket } from './usage.ts';

/** Kronikerhonorar for one patient group in one quarter, computed as the agreement says. */
export interface ChronicCareFee {
  quarter: string;
  code: string;
  name: string;
  /** Enrolled patients billed at the quarter's end (one code per patient per quarter). */
  patients: number;
  annualFeeDkk: number;
  /** patients × annual fee ÷ 4. */
  computedDkk: number;
  /** What the clinic was paid, per the API. */
  paidDkk: number;
  /** Whether the quarter has ended (kronikerhonorar is billed at its end). */
  billed: boolean;
}

const QUARTERS_PER_YEAR = 4;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The fee per patient group and quarter; `quarters` are buckets at quarter granularity. */
export function chronicCareFees(quarters: readonly Bucket[], rules: ChronicCareRules): ChronicCareFee[] {
  if (rules.billing !== 'quarterly') return [];
  return quarters.flatMap((quarter) =>
    rules.rules.map((rule) => {
      const billed = quarter.byCode.get(rule.code);
      const patients = billed?.count ?? 0;
      return {
        quarter: quarter.key,
        code: rule.code,
        name: rule.name,
        patients,
        annualFeeDkk: rule.annualFeeDkk,
        computedDkk: round2((patients * rule.annualFeeDkk) / QUARTERS_PER_YEAR),
        paidDkk: billed?.amountDkk ?? 0,
        billed: !quarter.partial,
      };
    }),
  );
}

/** Whether the API paid what the agreement gives (to the øre). */
export const paidAsComputed = (fee: ChronicCareFee): boolean =>
  Math.abs(fee.computedDkk - fee.paidDkk) < 0.005;

export interface CoveredContacts {
  code: ServiceCode;
  count: number;
  covered: number;
  /** What the covered contacts would have been paid one by one. */
  valueDkk: number;
}

/** The contacts kronikerhonorar covers (registered, paid 0), per code, over a period. */
export function coveredContacts(
  period: Bucket,
  codes: readonly ServiceCode[],
  rules: ChronicCareRules,
): CoveredContacts[] {
  const covered = new Set(rules.coveredCodes);
  return codes.flatMap((code) => {
    const totals = period.byCode.get(code.code);
    if (!covered.has(code.code) || !totals?.covered) return [];
    return [
      { code, count: totals.count, covered: totals.covered, valueDkk: round2(totals.covered * code.feeDkk) },
    ];
  });
}
