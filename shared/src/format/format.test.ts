import { describe, expect, it } from 'vitest';
import { compareText, formatCurrency, formatDate, formatDateTime, formatNumber } from './format.ts';

describe('locale-aware formatting', () => {
  it('formats dates and times in Danish by default, in Danish time', () => {
    expect(formatDate('2026-11-24T23:30:00Z', 'da')).toBe('25.11.2026');
    expect(formatDateTime('2026-07-01T12:05:00Z', 'da')).toBe('01.07.2026 kl. 14.05');
    expect(formatDate('2026-11-24T10:00:00Z', 'en')).toBe('24/11/2026');
  });

  it('formats numbers and kroner the Danish way', () => {
    expect(formatNumber(1234567.5, { maximumFractionDigits: 1 }, 'da')).toBe('1.234.567,5');
    expect(formatCurrency(1234.5, 'da').replace(/\s/g, ' ')).toBe('1.234,50 kr.');
  });

  it('sorts æ, ø and å after z in Danish', () => {
    const names = ['Åse', 'Ærø', 'Zenia', 'Øster', 'Anna'];
    expect([...names].sort((a, b) => compareText(a, b, 'da'))).toEqual([
      'Anna',
      'Zenia',
      'Ærø',
      'Øster',
      'Åse',
    ]);
  });
});
