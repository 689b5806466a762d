import { describe, expect, it } from 'vitest';
import { addMonthsIso, todayUtc } from './dates.ts';

describe('AIM day arithmetic', () => {
  it('takes today in UTC, not in the browser time zone', () => {
    expect(todayUtc(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
    expect(todayUtc(new Date('2026-12-01T00:10:00+01:00'))).toBe('2026-11-30');
  });

  it('moves by whole months and clamps to the end of a shorter month', () => {
    expect(addMonthsIso('2026-11-24', -12)).toBe('2025-11-24');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2026-01-15', -24)).toBe('2024-01-15');
  });
});
