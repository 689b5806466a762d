import type { RegionCode } from '@klinik/shared';

/**
 * The search as it lives in the URL, so a result can be bookmarked, shared and returned to.
 * Parameter names are Danish because users see them in the address bar.
 */
export type Tab = 'speciallaeger' | 'klinikker';
export type SortKey = 'afstand' | 'ventetid' | 'navn';

export interface SearchFilters {
  tab: Tab;
  specialty: string;
  text: string;
  maxDistanceKm: number | null;
  maxWaitWeeks: number | null;
  wheelchair: boolean;
  newPatients: boolean;
  region: RegionCode | '';
  sort: SortKey;
  /** Search from this postcode instead of the clinic's address. */
  fromPostalCode: string;
  selected: string;
}

const number = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

export function readFilters(params: URLSearchParams): SearchFilters {
  const sort = params.get('sort');
  return {
    tab: params.get('fane') === 'klinikker' ? 'klinikker' : 'speciallaeger',
    specialty: params.get('speciale') ?? '',
    text: params.get('q') ?? '',
    maxDistanceKm: number(params.get('afstand')),
    maxWaitWeeks: number(params.get('ventetid')),
    wheelchair: params.get('handicap') === '1',
    newPatients: params.get('nye') === '1',
    region: (params.get('region') ?? '') as RegionCode | '',
    sort: sort === 'ventetid' || sort === 'navn' ? sort : 'afstand',
    fromPostalCode: params.get('fra') ?? '',
    selected: params.get('valgt') ?? '',
  };
}

/** Only non-default values go into the URL, so links stay short. */
export function writeFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | boolean, skip: unknown) => {
    if (value !== skip && value !== '' && value !== null && value !== false)
      params.set(key, value === true ? '1' : String(value));
  };
  set('fane', filters.tab, 'speciallaeger');
  set('speciale', filters.specialty, '');
  set('q', filters.text, '');
  set('afstand', filters.maxDistanceKm, null);
  set('ventetid', filters.maxWaitWeeks, null);
  set('handicap', filters.wheelchair, false);
  set('nye', filters.newPatients, false);
  set('region', filters.region, '');
  set('sort', filters.sort, 'afstand');
  set('fra', filters.fromPostalCode, '');
  set('valgt', filters.selected, '');
  return params;
}
