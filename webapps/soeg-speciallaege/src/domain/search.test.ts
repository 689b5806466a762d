import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.ts';
import { readFilters, writeFilters } from './filters.ts';
import { searchPractices, type Practice } from './search.ts';

const AARHUS = { lat: 56.1567, lon: 10.2108 };

function practice(id: string, overrides: Partial<Practice>): Practice {
  return {
    id,
    name: `Klinik ${id}`,
    doctor: 'Anne Hansen',
    address: { street: 'Algade 1', postalCode: '8000', city: 'Aarhus C' },
    regionCode: '1082',
    geo: AARHUS,
    phone: '86 12 34 56',
    email: 'kontakt@example.dk',
    wheelchairAccess: 'full',
    acceptsNewPatients: true,
    openingHours: [],
    specialtyCode: '19',
    waitingWeeks: 6,
    waitingReportedAt: '2026-11-01',
    ...overrides,
  };
}

const practices = [
  practice('near', { geo: { lat: 56.16, lon: 10.21 }, waitingWeeks: 12, name: 'Øjenlægerne Vestergade' }),
  practice('far', {
    geo: { lat: 55.6794, lon: 12.5846 },
    waitingWeeks: 2,
    name: 'Øjenlægerne Bredgade',
    regionCode: '1084',
    address: { street: 'Bredgade 3', postalCode: '1050', city: 'København K' },
  }),
  practice('skin', {
    geo: { lat: 56.2, lon: 10.2 },
    specialtyCode: '04',
    wheelchairAccess: 'none',
    name: 'Hudklinikken Algade',
    doctor: 'Mads Skov',
  }),
  practice('closed', { geo: { lat: 56.17, lon: 10.22 }, acceptsNewPatients: false, name: 'Anden Klinik' }),
];
const filters = readFilters(new URLSearchParams());

describe('distance', () => {
  it('is the straight-line distance in km', () => {
    expect(distanceKm(AARHUS, { lat: 55.6794, lon: 12.5846 })).toBeCloseTo(157, 0);
    expect(distanceKm(AARHUS, AARHUS)).toBe(0);
  });
});

describe('searchPractices', () => {
  it('sorts by distance from the origin by default', () => {
    expect(searchPractices(practices, filters, AARHUS).map((r) => r.practice.id)).toEqual([
      'near',
      'closed',
      'skin',
      'far',
    ]);
  });

  it('sorts by waiting time or by name (Danish order) on request', () => {
    const byWait = searchPractices(practices, { ...filters, specialty: '19', sort: 'ventetid' }, AARHUS);
    expect(byWait.map((r) => r.practice.id)).toEqual(['far', 'closed', 'near']);
    const byName = searchPractices(practices, { ...filters, sort: 'navn' }, AARHUS);
    expect(byName.map((r) => r.practice.name)).toEqual([
      'Anden Klinik',
      'Hudklinikken Algade',
      'Øjenlægerne Bredgade',
      'Øjenlægerne Vestergade',
    ]);
  });

  it('filters by specialty, distance, waiting time, wheelchair access, new patients and region', () => {
    const ids = (f: Partial<typeof filters>) =>
      searchPractices(practices, { ...filters, ...f }, AARHUS).map((r) => r.practice.id);
    expect(ids({ specialty: '04' })).toEqual(['skin']);
    expect(ids({ maxDistanceKm: 50 })).not.toContain('far');
    expect(ids({ maxWaitWeeks: 6 })).toEqual(['closed', 'skin', 'far']);
    expect(ids({ wheelchair: true })).not.toContain('skin');
    expect(ids({ newPatients: true })).not.toContain('closed');
    expect(ids({ region: '1084' })).toEqual(['far']);
  });

  it('matches every word of the free text against name, doctor, address, town and postcode', () => {
    const ids = (text: string) =>
      searchPractices(practices, { ...filters, text }, AARHUS).map((r) => r.practice.id);
    expect(ids('øjenlægerne københavn')).toEqual(['far']);
    expect(ids('mads')).toEqual(['skin']);
    expect(ids('1050')).toEqual(['far']);
    expect(ids('ingen sådan')).toEqual([]);
  });

  it('ignores specialty and waiting time on the "Find klinik" tab', () => {
    expect(
      searchPractices(practices, { ...filters, tab: 'klinikker', specialty: '04', maxWaitWeeks: 1 }, AARHUS),
    ).toHaveLength(4);
  });
});

describe('the search in the URL', () => {
  it('round-trips, and leaves defaults out', () => {
    const params = new URLSearchParams(
      'speciale=19&q=vestergade&afstand=25&handicap=1&sort=ventetid&fra=3700',
    );
    const read = readFilters(params);
    expect(read).toMatchObject({
      specialty: '19',
      text: 'vestergade',
      maxDistanceKm: 25,
      wheelchair: true,
      sort: 'ventetid',
      fromPostalCode: '3700',
    });
    expect(writeFilters(read).toString()).toBe(
      'speciale=19&q=vestergade&afstand=25&handicap=1&sort=ventetid&fra=3700',
    );
    expect(writeFilters(readFilters(new URLSearchParams())).toString()).toBe('');
  });
});
