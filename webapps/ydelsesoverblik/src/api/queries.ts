import { useQuery } from '@tanstack/react-query';
import { unwrap, useKlinik } from '@klinik/shared';

export interface MonthRange {
  from: string;
  to: string;
}

/** The agreement's rules: codes, groups, guidance, kronikerhonorar, and the §93 ceilings of a year. */
export function useRules(year?: number, enabled = true) {
  const { api } = useKlinik();
  return useQuery({
    enabled,
    queryKey: ['agreement-rules', year ?? 'current'],
    queryFn: () =>
      unwrap(api.GET('/agreement/rules', { params: { query: year === undefined ? {} : { year } } })),
    staleTime: Infinity,
  });
}

/** The clinic's use of each code per month; the webapp sums months into quarters and years itself. */
export function useUsage(range: MonthRange | undefined) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['service-usage', range?.from, range?.to],
    queryFn: () =>
      unwrap(api.GET('/service-usage', { params: { query: { ...range!, granularity: 'month' } } })),
    enabled: Boolean(range),
  });
}

export function useBenchmark(range: MonthRange, enabled: boolean) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['service-usage-benchmark', range.from, range.to],
    queryFn: () => unwrap(api.GET('/service-usage/benchmark', { params: { query: range } })),
    enabled,
  });
}
