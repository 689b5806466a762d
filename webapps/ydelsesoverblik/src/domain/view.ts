import { formatPeriodKey, parsePeriod, type Granularity, type Period } from './period.ts';
import type { ServiceGroup } from './types.ts';
import type { Metric } from './usage.ts';

/** The webapp's views; each is a tab, and everything about it lives in the URL. */
export const VIEWS = ['statistik', 'region', 'loft', 'kroniker', 'opslag'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  view: View;
  period: Period;
  granularity: Granularity;
  metric: Metric;
  group?: ServiceGroup;
  code?: string;
  compare: boolean;
  query: string;
  /** The code whose rule the look-up shows. */
  rule?: string;
}

const GRANULARITY: Record<string, Granularity> = { maaned: 'month', kvartal: 'quarter', aar: 'year' };
const METRIC: Record<string, Metric> = { antal: 'count', pr1000: 'per1000', kr: 'amount' };
const keyOf = <T>(table: Record<string, T>, value: T) => Object.keys(table).find((k) => table[k] === value)!;
const CODE = /^\d{4}$/;

export function readView(params: URLSearchParams, today: Date): ViewState {
  const view = VIEWS.find((v) => v === params.get('visning')) ?? 'statistik';
  const code = params.get('kode') ?? '';
  const rule = params.get('regel') ?? '';
  const group = params.get('gruppe');
  return {
    view,
    period: parsePeriod(params.get('periode'), today),
    granularity: GRANULARITY[params.get('opdeling') ?? ''] ?? 'month',
    metric: METRIC[params.get('maal') ?? ''] ?? 'count',
    ...(group ? { group: group as ServiceGroup } : {}),
    ...(CODE.test(code) ? { code } : {}),
    compare: params.get('sammenlign') === '1',
    query: params.get('q') ?? '',
    ...(CODE.test(rule) ? { rule } : {}),
  };
}

/** The URL of a view; defaults are left out so links stay short. */
export function writeView(state: ViewState, today: Date): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== 'statistik') params.set('visning', state.view);
  const period = formatPeriodKey(state.period);
  if (period !== String(today.getUTCFullYear())) params.set('periode', period);
  if (state.granularity !== 'month') params.set('opdeling', keyOf(GRANULARITY, state.granularity));
  if (state.metric !== 'count') params.set('maal', keyOf(METRIC, state.metric));
  if (state.group) params.set('gruppe', state.group);
  if (state.code) params.set('kode', state.code);
  if (state.compare) params.set('sammenlign', '1');
  if (state.query) params.set('q', state.query);
  if (state.rule) params.set('regel', state.rule);
  return params;
}

/** `ydelsesoverblik-region-2026-K3-0101.csv`: what the file holds, from the view. */
export const exportFilename = (state: ViewState, what: string = state.view): string =>
  ['ydelsesoverblik', what, formatPeriodKey(state.period), state.group, state.code]
    .filter(Boolean)
    .join('-') + '.csv';
