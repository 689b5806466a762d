import { formatNumber, formatPercent } from '@klinik/shared';
import type { AimElement } from '../domain/types.ts';

/** The API gives percentages as 0–100 with one decimal; the shared helper formats fractions. */
export const formatPct = (pct: number) => formatPercent(pct / 100);

export function formatValue(element: Pick<AimElement, 'value' | 'unit'>, yes: string, no: string): string {
  const { value, unit } = element;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? yes : no;
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return unit ? `${text} ${unit}` : text;
}
