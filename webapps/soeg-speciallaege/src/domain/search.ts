import { compareText, type PlspComponents } from '@klinik/shared';
import { distanceKm, type GeoPoint } from './distance.ts';
import type { SearchFilters } from './filters.ts';

export type Practice = PlspComponents['schemas']['Practice'] &
  Partial<
    Pick<PlspComponents['schemas']['Specialist'], 'specialtyCode' | 'waitingWeeks' | 'waitingReportedAt'>
  >;

export interface SearchResult<P extends Practice = Practice> {
  practice: P;
  distanceKm: number;
}

/** Lower-cased text a free-text search matches: name, doctor, street, town, postcode. */
const haystacks = new WeakMap<Practice, string>();
function haystack(practice: Practice): string {
  let text = haystacks.get(practice);
  if (text === undefined) {
    text =
      `${practice.name} ${practice.doctor} ${practice.address.street} ${practice.address.postalCode} ${practice.address.city}`.toLowerCase();
    haystacks.set(practice, text);
  }
  return text;
}

const BY: Record<SearchFilters['sort'], (a: SearchResult, b: SearchResult) => number> = {
  afstand: (a, b) => a.distanceKm - b.distanceKm,
  ventetid: (a, b) =>
    (a.practice.waitingWeeks ?? 0) - (b.practice.waitingWeeks ?? 0) || a.distanceKm - b.distanceKm,
  navn: (a, b) => compareText(a.practice.name, b.practice.name) || a.distanceKm - b.distanceKm,
};

/**
 * Filters and sorts practices on every keystroke; pure, so it is unit-tested and benchmarked.
 * Every word of the free text must match (name, doctor, address, town or postcode).
 */
export function searchPractices<P extends Practice>(
  practices: readonly P[],
  filters: SearchFilters,
  origin: GeoPoint,
): SearchResult<P>[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const results: SearchResult<P>[] = [];
  for (const practice of practices) {
    if (filters.tab === 'speciallaeger') {
      if (filters.specialty && practice.specialtyCode !== filters.specialty) continue;
      if (filters.maxWaitWeeks !== null && (practice.waitingWeeks ?? Infinity) > filters.maxWaitWeeks)
        continue;
    }
    if (filters.wheelchair && practice.wheelchairAccess !== 'full') continue;
    if (filters.newPatients && !practice.acceptsNewPatients) continue;
    if (filters.region && practice.regionCode !== filters.region) continue;
    if (words.length && !words.every((word) => haystack(practice).includes(word))) continue;
    const distance = distanceKm(origin, practice.geo);
    if (filters.maxDistanceKm !== null && distance > filters.maxDistanceKm) continue;
    results.push({ practice, distanceKm: distance });
  }
  return results.sort(BY[filters.sort]);
}
