import { describe, expect, it } from 'vitest';
import {
  monthRange,
  parsePeriod,
  periodOfMonth,
  sameRangeLastYear,
  selectablePeriods,
  shareOfYearElapsed,
  formatPeriodKey,
} from './period.ts';

const TODAY = new Date(Date.UTC(2026, 4, 20)); // 20 May 2026

describe('periods', () => {
  it('reads a year or quarter from the URL, falling back to this year outside the data', () => {
    expect(parsePeriod('2025-K3', TODAY)).toEqual({ year: 2025, quarter: 3 });
    expect(parsePeriod('2024', TODAY)).toEqual({ year: 2024 });
    expect(parsePeriod('2023', TODAY)).toEqual({ year: 2026 });
    expect(parsePeriod('2027', TODAY)).toEqual({ year: 2026 });
    expect(parsePeriod('2026-K3', TODAY)).toEqual({ year: 2026 });
    expect(parsePeriod('rubbish', TODAY)).toEqual({ year: 2026 });
    expect(formatPeriodKey({ year: 2025, quarter: 3 })).toBe('2025-K3');
  });

  it('asks for the months of the period, up to this month', () => {
    expect(monthRange({ year: 2026 }, TODAY)).toEqual({ from: '2026-01', to: '2026-05' });
    expect(monthRange({ year: 2025, quarter: 4 }, TODAY)).toEqual({ from: '2025-10', to: '2025-12' });
    expect(monthRange({ year: 2026, quarter: 2 }, TODAY)).toEqual({ from: '2026-04', to: '2026-05' });
  });

  it('compares with the same months last year when there are data for them', () => {
    expect(sameRangeLastYear({ from: '2026-01', to: '2026-05' }, TODAY)).toEqual({
      from: '2025-01',
      to: '2025-05',
    });
    expect(sameRangeLastYear({ from: '2024-01', to: '2024-12' }, TODAY)).toBeUndefined();
  });

  it('offers every year with data and the quarters that have begun, newest first', () => {
    const keys = selectablePeriods(TODAY).map(formatPeriodKey);
    expect(keys.slice(0, 4)).toEqual(['2026', '2026-K2', '2026-K1', '2025']);
    expect(keys).toHaveLength(3 + 2 + 4 + 4);
  });

  it('names the period a month falls in', () => {
    expect(periodOfMonth('2026-08', 'month')).toBe('2026-08');
    expect(periodOfMonth('2026-08', 'quarter')).toBe('2026-K3');
    expect(periodOfMonth('2026-08', 'year')).toBe('2026');
  });

  it('measures how much of the year the data cover', () => {
    expect(shareOfYearElapsed(2026, '2026-12-31')).toBe(1);
    expect(shareOfYearElapsed(2026, '2026-01-01')).toBeCloseTo(1 / 365);
    expect(shareOfYearElapsed(2024, '2024-02-29')).toBeCloseTo(60 / 366);
  });
});
