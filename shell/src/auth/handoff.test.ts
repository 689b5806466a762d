import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './handoff.ts';

describe('safeReturnTo', () => {
  it('keeps same-origin paths', () => {
    expect(safeReturnTo('/aftalevisning?sektor=hospital')).toBe('/aftalevisning?sektor=hospital');
  });

  it('never redirects off the origin', () => {
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('javascript:alert(1)')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });
});
