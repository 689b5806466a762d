import { formatDate } from '@klinik/shared';
import type { RecipientFilter } from '../domain/types.ts';
import type { Messages } from '../messages.ts';

/** A filter in words, as the confirmation and the history show it: "kvinder · 65 år og derover · …". */
export function describeFilter(filter: RecipientFilter, t: Messages): string {
  const s = t.filterSummary;
  const parts: string[] = [];
  if (filter.sex) parts.push(s.sex[filter.sex]);
  const { ageMin: min, ageMax: max } = filter;
  if (min !== undefined && max !== undefined) parts.push(s.ageRange(min, max));
  else if (min !== undefined) parts.push(s.ageFrom(min));
  else if (max !== undefined) parts.push(s.ageTo(max));
  const conditions: string[] = [];
  if (filter.diagnoses)
    conditions.push(s.diagnoses(filter.diagnoses.match, filter.diagnoses.codes.join(', ')));
  if (filter.services) {
    const { match, codes, from, to } = filter.services;
    conditions.push(s.services(match, codes.join(', '), formatDate(from), formatDate(to)));
  }
  if (conditions.length) parts.push(conditions.join(` ${filter.operator === 'or' ? s.or : s.and} `));
  return parts.length ? parts.join(' · ') : s.everyone;
}
