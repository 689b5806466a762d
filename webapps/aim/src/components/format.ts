import { formatNumber, formatPercent } from '@klinik/shared';
import type { AimElement } from '../domain/types.ts';

/** The API gives percentages as 0–100 with one decimal; the shared helper formats fractions. */
export const formatPct = (pct: number) => formatPercent(pct / 100);

/** RKKP's numbered indicators keep their number ("1.f1 HbA1c …"); the API's own ids are not shown. */
export const indicatorLabel = ({ id, name }: { id: string; name: string }) =>
  /^\d/.test(id) ? `${id} ${name}` : name;

export function formatValue(element: Pick<AimElement, 'value' | 'unit'>, yes: string, no: string): string {
  const { value, unit } = element;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? yes : no;
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return unit ? `${text} ${unit}` : text;
}
