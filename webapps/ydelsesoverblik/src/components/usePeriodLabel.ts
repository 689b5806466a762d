import { useMemo } from 'react';
import { formatMonth, useMessages } from '@klinik/shared';
import type { Period } from '../domain/period.ts';
import { messages } from '../messages.ts';

/** Names a period key (`2026-03`, `2026-K1`, `2026`) and a selected period, in the user's language. */
export function usePeriodLabel() {
  const t = useMessages(messages);
  // Memoised on the language, so memoised chart data can depend on it.
  return useMemo(() => {
    const ofKey = (key: string, partial = false) => {
      const quarter = /^(\d{4})-K(\d)$/.exec(key);
      const label = quarter
        ? t.quarterShort(quarter[1]!, quarter[2]!)
        : key.length === 7
          ? formatMonth(`${key}-15T12:00:00Z`)
          : key;
      return partial ? t.partial(label) : label;
    };
    const ofPeriod = (period: Period) =>
      period.quarter ? t.quarter(period.year, period.quarter) : t.wholeYear(period.year);
    return { ofKey, ofPeriod };
  }, [t]);
}
