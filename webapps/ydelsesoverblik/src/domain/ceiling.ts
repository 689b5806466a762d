import { shareOfYearElapsed } from './period.ts';
import type { CeilingRules, ServiceCode } from './types.ts';
import { per1000, type Bucket } from './usage.ts';

/**
 * `over`: the ceiling is passed; `heading-over`: at this pace it will be by the year's end; `near`:
 * the year will end at or above the warning level; `ok`: none of these.
 */
export type CeilingStatus = 'ok' | 'near' | 'heading-over' | 'over';

export interface CeilingLine {
  /** The watched service, or undefined for the fee per listed patient. */
  code?: string;
  used: number;
  projected: number;
  ceiling: number;
  regionAverage: number;
  /** Shares of the ceiling (1 = at the ceiling). */
  usedShare: number;
  projectedShare: number;
  status: CeilingStatus;
}

/** Warns before the ceiling is reached: when the projection reaches it, or reaches `warningAtPct` of it. */
export function ceilingStatus(
  usedShare: number,
  projectedShare: number,
  warningAtPct: number,
): CeilingStatus {
  if (usedShare >= 1) return 'over';
  if (projectedShare >= 1) return 'heading-over';
  return Math.max(usedShare, projectedShare) * 100 >= warningAtPct ? 'near' : 'ok';
}

/** Use so far, carried forward at the same pace to the end of the year. */
export const project = (used: number, shareElapsed: number): number =>
  shareElapsed > 0 ? used / shareElapsed : 0;

function line(
  used: number,
  shareElapsed: number,
  ceiling: number,
  regionAverage: number,
  warningAtPct: number,
  code?: string,
): CeilingLine {
  const projected = project(used, shareElapsed);
  const usedShare = ceiling > 0 ? used / ceiling : 0;
  const projectedShare = ceiling > 0 ? projected / ceiling : 0;
  return {
    ...(code ? { code } : {}),
    used,
    projected,
    ceiling,
    regionAverage,
    usedShare,
    projectedShare,
    status: ceilingStatus(usedShare, projectedShare, warningAtPct),
  };
}

export interface CeilingStatement {
  year: number;
  /** Share of the year the data cover (1 for a year that has ended). */
  shareElapsed: number;
  /** Fees for the services inside the ceiling, in DKK. */
  feesInCeilingDkk: number;
  listSize: number;
  feePerPatient: CeilingLine;
  services: CeilingLine[];
}

/**
 * The §93 statement for a calendar year: the fee per listed patient for services inside the ceiling,
 * and each watched service per 1,000 listed patients, against the ceilings the API set for the year.
 */
export function ceilingStatement(
  year: Bucket,
  codes: readonly ServiceCode[],
  rules: CeilingRules,
): CeilingStatement {
  const shareElapsed = shareOfYearElapsed(rules.year, year.to);
  const inCeiling = new Set(codes.filter((c) => c.inCeiling).map((c) => c.code));
  let feesInCeilingDkk = 0;
  for (const [code, totals] of year.byCode) if (inCeiling.has(code)) feesInCeilingDkk += totals.amountDkk;
  return {
    year: rules.year,
    shareElapsed,
    feesInCeilingDkk,
    listSize: year.listSize,
    feePerPatient: line(
      year.listSize > 0 ? feesInCeilingDkk / year.listSize : 0,
      shareElapsed,
      rules.ceilingFeePerPatientDkk,
      rules.regionAverageFeePerPatientDkk,
      rules.warningAtPct,
    ),
    services: rules.services.map((service) =>
      line(
        per1000(year.byCode.get(service.code)?.count ?? 0, year.listSize),
        shareElapsed,
        service.ceilingPer1000,
        service.regionAveragePer1000,
        rules.warningAtPct,
        service.code,
      ),
    ),
  };
}
