import { addDays, endOfDay, startOfDay } from 'date-fns';
import { compareText, type PlspComponents } from '@klinik/shared';

export type Appointment = PlspComponents['schemas']['Appointment'];
export type Sector = Appointment['sector'];
export type Status = Appointment['status'];
export const SECTORS: Sector[] = ['hospital', 'municipality', 'specialist', 'general-practice'];
export const STATUSES: Status[] = ['booked', 'changed', 'cancelled', 'completed'];
export type Period = 'alle' | 'kommende' | 'i-dag' | '7-dage' | '30-dage' | 'tidligere' | 'interval';
export type SortColumn =
  'start' | 'duration' | 'sector' | 'organisation' | 'location' | 'type' | 'status' | 'source';

/** The filter PLO asked for, as it lives in the URL (Danish names: users see them). */
export interface AppointmentFilters {
  sectors: Sector[];
  organisation: string;
  period: Period;
  from: string;
  to: string;
  statuses: Status[];
  text: string;
  sort: SortColumn;
  descending: boolean;
}

const list = <T extends string>(value: string | null, allowed: readonly T[]) =>
  value ? value.split(',').filter((v): v is T => allowed.includes(v as T)) : [];
const PERIODS: Period[] = ['alle', 'kommende', 'i-dag', '7-dage', '30-dage', 'tidligere', 'interval'];
export const COLUMNS: SortColumn[] = [
  'start',
  'duration',
  'sector',
  'organisation',
  'location',
  'type',
  'status',
  'source',
];

export function readFilters(params: URLSearchParams): AppointmentFilters {
  const period = params.get('periode') as Period | null;
  const sort = params.get('sort') as SortColumn | null;
  return {
    sectors: list(params.get('sektor'), SECTORS),
    organisation: params.get('organisation') ?? '',
    period: period && PERIODS.includes(period) ? period : 'kommende',
    from: params.get('fra') ?? '',
    to: params.get('til') ?? '',
    statuses: list(params.get('status'), STATUSES),
    text: params.get('q') ?? '',
    sort: sort && COLUMNS.includes(sort) ? sort : 'start',
    descending: params.get('retning') === 'faldende',
  };
}

export function writeFilters(f: AppointmentFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.sectors.length) params.set('sektor', f.sectors.join(','));
  if (f.organisation) params.set('organisation', f.organisation);
  if (f.period !== 'kommende') params.set('periode', f.period);
  if (f.period === 'interval' && f.from) params.set('fra', f.from);
  if (f.period === 'interval' && f.to) params.set('til', f.to);
  if (f.statuses.length) params.set('status', f.statuses.join(','));
  if (f.text) params.set('q', f.text);
  if (f.sort !== 'start') params.set('sort', f.sort);
  if (f.descending) params.set('retning', 'faldende');
  return params;
}

/** The time window of a period, relative to `now`. Open ends are undefined. */
export function periodWindow(
  f: Pick<AppointmentFilters, 'period' | 'from' | 'to'>,
  now: Date,
): { from?: Date; to?: Date } {
  switch (f.period) {
    case 'i-dag':
      return { from: startOfDay(now), to: endOfDay(now) };
    case '7-dage':
      return { from: startOfDay(now), to: endOfDay(addDays(now, 7)) };
    case '30-dage':
      return { from: startOfDay(now), to: endOfDay(addDays(now, 30)) };
    case 'kommende':
      return { from: startOfDay(now) };
    case 'tidligere':
      return { to: now };
    case 'interval':
      return {
        from: f.from ? startOfDay(new Date(f.from)) : undefined,
        to: f.to ? endOfDay(new Date(f.to)) : undefined,
      };
    default:
      return {};
  }
}

const minutes = (a: Appointment) => (Date.parse(a.end) - Date.parse(a.start)) / 60_000;
const KEY: Record<SortColumn, (a: Appointment, b: Appointment) => number> = {
  start: (a, b) => a.start.localeCompare(b.start),
  duration: (a, b) => minutes(a) - minutes(b),
  sector: (a, b) => a.sector.localeCompare(b.sector),
  organisation: (a, b) =>
    compareText(`${a.organisation} ${a.department}`, `${b.organisation} ${b.department}`),
  location: (a, b) => compareText(a.location, b.location),
  type: (a, b) => a.type.localeCompare(b.type),
  status: (a, b) => a.status.localeCompare(b.status),
  source: (a, b) => compareText(a.sourceSystem, b.sourceSystem),
};

/** Everything but the sector filter: the sector counts show what each sector would add. */
function matchesExceptSector(
  a: Appointment,
  f: AppointmentFilters,
  window: { from?: Date; to?: Date },
  words: string[],
): boolean {
  const start = Date.parse(a.start);
  if (window.from && start < window.from.getTime()) return false;
  if (window.to && start > window.to.getTime()) return false;
  if (f.organisation && a.organisation !== f.organisation) return false;
  if (f.statuses.length && !f.statuses.includes(a.status)) return false;
  if (words.length) {
    const text = `${a.title} ${a.organisation} ${a.department} ${a.location} ${a.sourceSystem}`.toLowerCase();
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export interface FilteredAppointments {
  rows: Appointment[];
  countBySector: Record<Sector, number>;
}

export function filterAppointments(
  all: readonly Appointment[],
  f: AppointmentFilters,
  now: Date,
): FilteredAppointments {
  const window = periodWindow(f, now);
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const countBySector: Record<Sector, number> = {
    hospital: 0,
    municipality: 0,
    specialist: 0,
    'general-practice': 0,
  };
  const rows: Appointment[] = [];
  for (const a of all) {
    if (!matchesExceptSector(a, f, window, words)) continue;
    countBySector[a.sector] += 1;
    if (!f.sectors.length || f.sectors.includes(a.sector)) rows.push(a);
  }
  const compare = KEY[f.sort];
  rows.sort((a, b) => (f.descending ? -1 : 1) * (compare(a, b) || a.start.localeCompare(b.start)));
  return { rows, countBySector };
}
