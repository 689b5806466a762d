import { describe, expect, it } from 'vitest';
import { formatCpr, impossibleDatePrefix, maskCpr, parseCpr } from './cpr.ts';

describe('parseCpr', () => {
  it('reads date, century and sex from a real-format number', () => {
    const result = parseCpr('070357-1234');
    expect(result).toEqual({
      ok: true,
      value: { cpr: '0703571234', birthDate: new Date(Date.UTC(1957, 2, 7)), sex: 'F', synthetic: false },
    });
  });

  it('uses digit 7 for the century', () => {
    const twentyFirst = parseCpr('0101104001');
    expect(twentyFirst.ok && twentyFirst.value.birthDate.getUTCFullYear()).toBe(2010);
    const nineteenth = parseCpr('0101805001');
    expect(nineteenth.ok && nineteenth.value.birthDate.getUTCFullYear()).toBe(1880);
  });

  it('accepts erstatnings-style synthetic numbers (day + 60) and marks them', () => {
    const result = parseCpr('6703571235');
    expect(result.ok && result.value).toMatchObject({ synthetic: true, sex: 'M' });
    expect(result.ok && result.value.birthDate.toISOString()).toBe('1957-03-07T00:00:00.000Z');
  });

  it('tells format errors from impossible dates', () => {
    expect(parseCpr('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseCpr('12345')).toEqual({ ok: false, problem: 'format' });
    expect(parseCpr('07035a1234')).toEqual({ ok: false, problem: 'format' });
    expect(parseCpr('3102571234')).toEqual({ ok: false, problem: 'date' });
    expect(parseCpr('0713571234')).toEqual({ ok: false, problem: 'date' });
    expect(parseCpr('2902011234')).toEqual({ ok: false, problem: 'date' }); // 1901 was no leap year
  });

  it('ignores spaces and the hyphen', () => {
    expect(parseCpr(' 070357 1234 ').ok).toBe(true);
  });
});

describe('masking', () => {
  it('shows only the date part', () => {
    expect(maskCpr('0703571234')).toBe('070357-xxxx');
    expect(formatCpr('0703571234')).toBe('070357-1234');
  });
});

describe('impossibleDatePrefix', () => {
  it('spots an impossible day or month as soon as it is typed', () => {
    expect(impossibleDatePrefix('3')).toBe(false);
    expect(impossibleDatePrefix('32')).toBe(true);
    expect(impossibleDatePrefix('67')).toBe(false);
    expect(impossibleDatePrefix('0713')).toBe(true);
    expect(impossibleDatePrefix('3102')).toBe(false);
    expect(impossibleDatePrefix('310257')).toBe(true);
    expect(impossibleDatePrefix('070357-12')).toBe(false);
  });
});
