import { describe, expect, it } from 'vitest';
import { danishNumber, toCsv } from './csv.ts';

describe('CSV for Danish Excel', () => {
  it('writes decimal commas without thousands separators', () => {
    expect(danishNumber(1234.5, 1)).toBe('1234,5');
    expect(danishNumber(1234567)).toBe('1234567');
    expect(danishNumber(0.125, 2)).toBe('0,13');
    expect(danishNumber(-0.01, 1)).toBe('0,0');
    expect(danishNumber(-12.5, 1)).toBe('-12,5');
  });

  it('starts with a BOM, separates with semicolons, quotes where needed and ends lines with CRLF', () => {
    const csv = toCsv(
      [{ label: 'Kode' }, { label: 'Navn' }, { label: 'Pr. 1.000', decimals: 1 }],
      [
        ['0101', 'Konsultation', 512.34],
        ['4383', 'Sygebesøg; Bornholm "zone"', undefined],
      ],
    );
    expect(csv).toBe(
      '\uFEFFKode;Navn;Pr. 1.000\r\n0101;Konsultation;512,3\r\n4383;"Sygebesøg; Bornholm ""zone""";\r\n',
    );
  });
});
