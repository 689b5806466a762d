import type { HttpHandler } from 'msw';
import type { components } from '../../shared/api/plsp.d.ts';
import { benchmark, ceilings } from '../data/benchmark.ts';
import {
  clinicByYdernummer,
  clinicUsage,
  getReferenceDate,
  regionMembers,
  REGION_NAMES,
} from '../data/index.ts';
import { AGREEMENT, CEILING_TEXT, CHRONIC_CARE, GUIDANCE } from '../data/agreement.ts';
import { codesForRegion, GROUP_NAMES, SERVICE_CODES, type ServiceGroup } from '../data/service-codes.ts';
import type { MonthUsage } from '../data/service-usage.ts';
import { serviceCode } from './codes.ts';
import { route, type HandlerDeps } from './context.ts';
import { problem } from './problem.ts';

type Schemas = components['schemas'];
type Granularity = Schemas['ServiceUsage']['granularity'];

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_MONTHS = 36;
const FEES = new Map(SERVICE_CODES.map((c) => [c.code, c]));

function readMonths(url: URL): { from: string; to: string } | Response {
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  if (!YEAR_MONTH.test(from) || !YEAR_MONTH.test(to) || from > to) {
    return problem(400, 'Ugyldig periode', 'from og to skal være måneder (ÅÅÅÅ-MM) med from ≤ to.');
  }
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5)) -
    Number(from.slice(5)) +
    1;
  if (months > MAX_MONTHS) return problem(400, 'For lang periode', `Højst ${MAX_MONTHS} måneder ad gangen.`);
  return { from, to };
}

function periodOf(month: string, granularity: Granularity): string {
  if (granularity === 'month') return month;
  if (granularity === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
}

const lastDayOf = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).toISOString().slice(0, 10);

/** Months summed into periods; a code's fee applies to services not covered by kronikerhonorar. */
function aggregate(
  months: readonly MonthUsage[],
  granularity: Granularity,
  reference: Date,
): Schemas['ServiceUsagePeriod'][] {
  const groups = new Map<string, MonthUsage[]>();
  for (const month of months) {
    const key = periodOf(month.month, granularity);
    groups.set(key, [...(groups.get(key) ?? []), month]);
  }
  const yesterday = new Date(reference.getTime() - 86_400_000).toISOString().slice(0, 10);
  return [...groups].map(([period, group]) => {
    const totals = new Map<string, { count: number; covered: number }>();
    for (const { counts } of group) {
      for (const [code, { count, covered }] of counts) {
        const total = totals.get(code) ?? { count: 0, covered: 0 };
        totals.set(code, { count: total.count + count, covered: total.covered + covered });
      }
    }
    const to = lastDayOf(group.at(-1)!.month);
    return {
      period,
      from: `${group[0]!.month}-01`,
      to: to < yesterday ? to : yesterday,
      listSize: Math.round(group.reduce((sum, m) => sum + m.listSize, 0) / group.length),
      items: [...totals].map(([code, { count, covered }]) => ({
        code,
        count,
        chronicCareCovered: covered,
        amountDkk: Math.round((count - covered) * (FEES.get(code)?.feeDkk ?? 0) * 100) / 100,
      })),
    };
  });
}

/** Ydelsesoverblik: the clinic's statistics, its regional benchmark and the agreement's rules. */
export function serviceUsageHandlers(deps: HandlerDeps): HttpHandler[] {
  const clinicOf = (ydernummer: string) =>
    clinicByYdernummer(ydernummer) ?? problem(403, 'Ukendt klinik', `Ingen klinik ${ydernummer}.`);

  return [
    route(deps, 'get', '/service-usage', 'service-usage', ({ claims, request, ok }) => {
      const url = new URL(request.url);
      const range = readMonths(url);
      if (range instanceof Response) return range;
      const granularity = (url.searchParams.get('granularity') ?? 'month') as Granularity;
      if (!['month', 'quarter', 'year'].includes(granularity))
        return problem(400, 'Ukendt granularitet', granularity);
      const months = clinicUsage(claims.ydernummer).filter(
        (m) => m.month >= range.from && m.month <= range.to,
      );
      return ok({
        ydernummer: claims.ydernummer,
        ...range,
        granularity,
        periods: aggregate(months, granularity, getReferenceDate()),
      });
    }),
    route(deps, 'get', '/service-usage/benchmark', 'service-usage', ({ claims, request, ok }) => {
      const clinic = clinicOf(claims.ydernummer);
      if (clinic instanceof Response) return clinic;
      const range = readMonths(new URL(request.url));
      if (range instanceof Response) return range;
      const members = regionMembers(clinic.regionCode);
      return ok({
        regionCode: clinic.regionCode,
        regionName: REGION_NAMES[clinic.regionCode],
        ...range,
        ...benchmark(members, clinic.ydernummer, range.from, range.to, codesForRegion(clinic.regionCode)),
      });
    }),
    route(deps, 'get', '/agreement/rules', 'service-usage', ({ claims, request, ok }) => {
      const clinic = clinicOf(claims.ydernummer);
      if (clinic instanceof Response) return clinic;
      const year = Number(
        new URL(request.url).searchParams.get('year') ?? getReferenceDate().getUTCFullYear(),
      );
      const ceiling = Number.isInteger(year) ? ceilings(regionMembers(clinic.regionCode), year) : undefined;
      if (!ceiling)
        return problem(
          404,
          'Ingen højestegrænser for året',
          `Der er ikke data til at fastsætte grænserne for ${year}.`,
        );
      return ok({
        ...AGREEMENT,
        groups: Object.entries(GROUP_NAMES).map(([id, name]) => ({ id: id as ServiceGroup, name })),
        codes: codesForRegion(clinic.regionCode).map(serviceCode),
        ceiling: { ...ceiling, text: CEILING_TEXT },
        chronicCare: CHRONIC_CARE,
        guidance: GUIDANCE,
      });
    }),
  ];
}
