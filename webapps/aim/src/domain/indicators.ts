import { addMonthsIso, type IsoDay } from './dates.ts';
import type { AimElement, AimPatient, Indicator, IndicatorPoint, IndicatorRule } from './types.ts';

/**
 * Indicator fulfilment, by the contract's rule: a patient fulfils an indicator when its element was
 * recorded within `windowMonths` before the reference day and, if there is a condition, its value
 * meets it. The denominator is the whole population.
 */
type Condition = NonNullable<IndicatorRule['condition']>;

function meets({ operator, value: target }: Condition, value: NonNullable<AimElement['value']>): boolean {
  if (operator === 'eq') return value === target;
  if (typeof value !== 'number' || typeof target !== 'number') return false;
  if (operator === 'lt') return value < target;
  if (operator === 'lte') return value <= target;
  if (operator === 'gt') return value > target;
  return value >= target;
}

export function fulfils(rule: IndicatorRule, element: AimElement | undefined, today: IsoDay): boolean {
  return fulfilsSince(rule, element, addMonthsIso(today, -rule.windowMonths));
}

/** The rule with its window's first day worked out once, for a whole population. */
function fulfilsSince(rule: IndicatorRule, element: AimElement | undefined, since: IsoDay): boolean {
  if (!element || element.value === null || !element.date || element.date < since) return false;
  return !rule.condition || meets(rule.condition, element.value);
}

export interface Fulfilment {
  numerator: number;
  denominator: number;
  /** 0–100, one decimal, as the API gives it; undefined without a population. */
  pct: number | undefined;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

export function computeFulfilment(
  rule: IndicatorRule,
  patients: readonly Pick<AimPatient, 'elements'>[],
  today: IsoDay,
): Fulfilment {
  const since = addMonthsIso(today, -rule.windowMonths);
  let numerator = 0;
  for (const patient of patients) {
    if (
      fulfilsSince(
        rule,
        patient.elements.find((e) => e.id === rule.elementId),
        since,
      )
    )
      numerator++;
  }
  const denominator = patients.length;
  return { numerator, denominator, pct: denominator ? round1((100 * numerator) / denominator) : undefined };
}

/** Every indicator of a database from the same patients, by indicator id. */
export function computeIndicators(
  indicators: readonly Indicator[],
  patients: readonly Pick<AimPatient, 'elements'>[],
  today: IsoDay,
): Map<string, Fulfilment> {
  return new Map(indicators.map((i) => [i.id, computeFulfilment(i.rule, patients, today)]));
}

/** Whether the figure computed here from patient values is the one the API reports for the latest quarter. */
export function reconcile(
  computed: Fulfilment,
  reported: IndicatorPoint | undefined,
): 'matches' | 'differs' | 'no-figure' {
  if (!reported) return 'no-figure';
  return computed.numerator === reported.numerator && computed.denominator === reported.denominator
    ? 'matches'
    : 'differs';
}

export const latestPoint = (indicator: Indicator): IndicatorPoint | undefined => indicator.series.at(-1);

/** The clinic against a benchmark, in the indicator's direction: better, worse or level (within 0.5 points). */
export type Comparison = 'better' | 'worse' | 'level';

export function compare(
  indicator: Pick<Indicator, 'direction'>,
  clinicPct: number,
  otherPct: number,
): Comparison {
  const difference = clinicPct - otherPct;
  if (Math.abs(difference) < 0.5) return 'level';
  const better = indicator.direction === 'higher-is-better' ? difference > 0 : difference < 0;
  return better ? 'better' : 'worse';
}

/** Meets the database's standard: at least the target, or at most the ceiling when lower is better. */
export function meetsStandard(
  indicator: Pick<Indicator, 'direction' | 'standardPct'>,
  clinicPct: number,
): boolean | undefined {
  if (indicator.standardPct === undefined) return undefined;
  return indicator.direction === 'higher-is-better'
    ? clinicPct >= indicator.standardPct
    : clinicPct <= indicator.standardPct;
}
