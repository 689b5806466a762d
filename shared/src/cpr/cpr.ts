import { isValid } from 'date-fns';

/**
 * CPR numbers (DDMMYY-SSSS), see ../shared/domain §6.1. Modulus 11 is not checked: since 2007 valid
 * numbers exist without it. Klinik+ demo data uses erstatnings-style numbers, whose day has 6 added
 * to its first digit (07 → 67), so they can never be a real person's number; they are accepted here.
 */
export type Sex = 'F' | 'M';

export interface ParsedCpr {
  /** Ten digits, no hyphen. */
  cpr: string;
  birthDate: Date;
  sex: Sex;
  /** True for the erstatnings-style numbers of the synthetic demo data. */
  synthetic: boolean;
}

export type CprProblem = 'empty' | 'format' | 'date';
export type CprResult = { ok: true; value: ParsedCpr } | { ok: false; problem: CprProblem };

/** The century, from digit 7 and the two-digit year (CPR-kontoret's table). */
function fullYear(yy: number, digit7: number): number {
  if (digit7 <= 3) return 1900 + yy;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

export function normaliseCpr(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function parseCpr(input: string): CprResult {
  const digits = normaliseCpr(input);
  if (digits === '') return { ok: false, problem: 'empty' };
  if (!/^\d{10}$/.test(digits)) return { ok: false, problem: 'format' };
  let day = Number(digits.slice(0, 2));
  const synthetic = day > 60;
  if (synthetic) day -= 60;
  const month = Number(digits.slice(2, 4));
  const year = fullYear(Number(digits.slice(4, 6)), Number(digits[6]));
  const birthDate = new Date(Date.UTC(year, month - 1, day));
  const real = isValid(birthDate) && birthDate.getUTCMonth() === month - 1 && birthDate.getUTCDate() === day;
  if (!real || month < 1 || day < 1) return { ok: false, problem: 'date' };
  const sex: Sex = Number(digits[9]) % 2 === 0 ? 'F' : 'M';
  return { ok: true, value: { cpr: digits, birthDate, sex, synthetic } };
}

/** For screens: `ddmmyy-xxxx`, the date part only. */
export function maskCpr(cpr: string): string {
  return `${normaliseCpr(cpr).slice(0, 6)}-xxxx`;
}

/** For the user who chose to see it: `ddmmyy-ssss`. */
export function formatCpr(cpr: string): string {
  const digits = normaliseCpr(cpr);
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/**
 * Whether the date part typed so far can no longer become a valid date: lets a field say so at once,
 * before all ten digits are in. Day 61–91 is accepted (erstatnings-style numbers).
 */
export function impossibleDatePrefix(input: string): boolean {
  const digits = normaliseCpr(input);
  if (!/^\d+$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  if (digits.length >= 2 && (day === 0 || (day > 31 && day < 61) || day > 91)) return true;
  const month = Number(digits.slice(2, 4));
  if (digits.length >= 4 && (month === 0 || month > 12)) return true;
  return (
    digits.length >= 6 &&
    digits.length < 10 &&
    !parseCpr(`${digits.slice(0, 6)}0000`).ok &&
    !parseCpr(`${digits.slice(0, 6)}4000`).ok
  );
}
