import { compareText, type PlspComponents } from '@klinik/shared';
import { distanceKm, type GeoPoint } from './distance.ts';
import type { SearchFilters } from './filters.ts';

/** A specialist or a GP clinic: what both registers have, and what only one of them has. */
export type Practice = PlspComponents['schemas']['Practice'] &
  Partial<
    Pick<PlspComponents['schemas']['Specialist'], 'specialtyCode' | 'waitingWeeks' | 'waitingReportedAt'>
  > &
  Partial<Pick<PlspComponents['schemas']['GpClinic'], 'listSize' | 'doctors'>>;

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
 * Every practice with its distance from the origin, in the order of the chosen sort: worked out once
 * per register, origin and sort, so a keystroke only filters (`filterResults` keeps the order).
 */
export function rankPractices<P extends Practice>(
  practices: readonly P[],
  origin: GeoPoint,
  sort: SearchFilters['sort'],
): SearchResult<P>[] {
  return practices
    .map((practice) => ({ practice, distanceKm: distanceKm(origin, practice.geo) }))
    .sort(BY[sort]);
}

/** Every word of the free text must match (name, doctor, address, town or postcode). */
export function filterResults<P extends Practice>(
  ranked: readonly SearchResult<P>[],
  filters: SearchFilters,
): SearchResult<P>[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return ranked.filter(({ practice, distanceKm }) => {
    if (filters.tab === 'speciallaeger') {
      if (filters.specialty && practice.specialtyCode !== filters.specialty) return false;
      if (filters.maxWaitWeeks !== null && (practice.waitingWeeks ?? Infinity) > filters.maxWaitWeeks)
        return false;
    }
    if (filters.wheelchair && practice.wheelchairAccess !== 'full') return false;
    if (filters.newPatients && !practice.acceptsNewPatients) return false;
    if (filters.region && practice.regionCode !== filters.region) return false;
    if (filters.maxDistanceKm !== null && distanceKm > filters.maxDistanceKm) return false;
    return words.every((word) => haystack(practice).includes(word));
  });
}

/** The search in one call; pure, so it is unit-tested. */
export function searchPractices<P extends Practice>(
  practices: readonly P[],
  filters: SearchFilters,
  origin: GeoPoint,
): SearchResult<P>[] {
  return filterResults(rankPractices(practices, origin, filters.sort), filters);
}
