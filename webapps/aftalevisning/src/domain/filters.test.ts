import { describe, expect, it } from 'vitest';
import { filterAppointments, readFilters, writeFilters, type Appointment } from './filters.ts';

const NOW = new Date('2026-11-24T10:00:00+01:00');
const base: Appointment = {
  id: 'x',
  title: 'Ambulant kontrol',
  sector: 'hospital',
  organisation: 'Aarhus Universitetshospital',
  department: 'Kardiologisk Ambulatorium',
  location: 'Palle Juul-Jensens Boulevard 99, 8200 Aarhus N',
  start: '2026-11-30T09:00:00+01:00',
  end: '2026-11-30T09:30:00+01:00',
  type: 'attendance',
  status: 'booked',
  sourceSystem: 'MidtEPJ',
  fetchedAt: '2026-11-24T08:00:00+01:00',
};
const a = (id: string, o: Partial<Appointment>) => ({ ...base, id, ...o });
const appointments = [
  a('today', {
    start: '2026-11-24T13:00:00+01:00',
    end: '2026-11-24T13:15:00+01:00',
    sector: 'general-practice',
    title: 'Aftale hos praktiserende læge',
    organisation: 'Lægerne Åboulevarden',
  }),
  a('week', { start: '2026-11-28T08:00:00+01:00', end: '2026-11-28T09:00:00+01:00' }),
  a('month', {
    start: '2026-12-20T08:00:00+01:00',
    end: '2026-12-20T08:20:00+01:00',
    sector: 'municipality',
    organisation: 'Aarhus Kommune',
    department: 'Hjemmesygeplejen',
    type: 'home-visit',
  }),
  a('later', { start: '2027-03-01T08:00:00+01:00', end: '2027-03-01T08:45:00+01:00', status: 'cancelled' }),
  a('past', {
    start: '2026-10-01T08:00:00+02:00',
    end: '2026-10-01T08:30:00+02:00',
    status: 'completed',
    sector: 'specialist',
    organisation: 'Øjenlægerne Vestergade',
  }),
];
const f = readFilters(new URLSearchParams());
const ids = (o: Partial<typeof f>) =>
  filterAppointments(appointments, { ...f, ...o }, NOW).rows.map((r) => r.id);

describe('the appointment filter', () => {
  it('shows upcoming appointments in time order by default', () => {
    expect(ids({})).toEqual(['today', 'week', 'month', 'later']);
  });

  it('filters by period: today, next 7 and 30 days, earlier, a custom range, all', () => {
    expect(ids({ period: 'i-dag' })).toEqual(['today']);
    expect(ids({ period: '7-dage' })).toEqual(['today', 'week']);
    expect(ids({ period: '30-dage' })).toEqual(['today', 'week', 'month']);
    expect(ids({ period: 'tidligere' })).toEqual(['past']);
    expect(ids({ period: 'interval', from: '2026-12-01', to: '2027-12-31' })).toEqual(['month', 'later']);
    expect(ids({ period: 'alle' })).toHaveLength(5);
  });

  it('filters by sector, organisation, status and free text', () => {
    expect(ids({ sectors: ['hospital'] })).toEqual(['week', 'later']);
    expect(ids({ sectors: ['hospital', 'municipality'] })).toEqual(['week', 'month', 'later']);
    expect(ids({ organisation: 'Aarhus Kommune' })).toEqual(['month']);
    expect(ids({ statuses: ['cancelled'] })).toEqual(['later']);
    expect(ids({ period: 'alle', text: 'øjenlægerne' })).toEqual(['past']);
    expect(ids({ text: 'hjemmesygeplejen aarhus' })).toEqual(['month']);
  });

  it('counts per sector what the other filters leave, whatever sectors are chosen', () => {
    const { countBySector } = filterAppointments(appointments, { ...f, sectors: ['municipality'] }, NOW);
    expect(countBySector).toEqual({ hospital: 2, municipality: 1, specialist: 0, 'general-practice': 1 });
  });

  it('sorts by any column, both ways', () => {
    expect(ids({ sort: 'duration' })).toEqual(['today', 'month', 'later', 'week']);
    expect(ids({ sort: 'start', descending: true })).toEqual(['later', 'month', 'week', 'today']);
    // Danish collation: "Aa" sorts as "Å", after "Lægerne".
    expect(ids({ sort: 'organisation' })[0]).toBe('today');
  });

  it('keeps the filter in the URL and leaves defaults out', () => {
    const params = writeFilters({
      ...f,
      sectors: ['hospital'],
      period: '30-dage',
      sort: 'status',
      descending: true,
    });
    expect(params.toString()).toBe('sektor=hospital&periode=30-dage&sort=status&retning=faldende');
    expect(readFilters(params)).toMatchObject({
      sectors: ['hospital'],
      period: '30-dage',
      sort: 'status',
      descending: true,
    });
    expect(writeFilters(f).toString()).toBe('');
  });
});
