// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCpr } from '../../shared/src/cpr/cpr.ts';
import { CLINICS } from './clinics.ts';
import { generatePatients } from './patients.ts';

const REFERENCE = new Date(Date.UTC(2026, 10, 24));
const largest = CLINICS.find((c) => c.ydernummer === '990011')!;
const patients = generatePatients(largest, REFERENCE);
const share = (predicate: (p: (typeof patients)[number]) => boolean) =>
  patients.filter(predicate).length / patients.length;

describe('the synthetic patient generator', () => {
  it('is deterministic: the same seed and reference date give the same data', () => {
    const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(hash(generatePatients(largest, REFERENCE))).toBe(hash(patients));
  });

  it('generates each clinic its list size', () => {
    for (const clinic of CLINICS) expect(generatePatients(clinic, REFERENCE)).toHaveLength(clinic.listSize);
  });

  it('follows the synthetic CPR pattern: erstatnings-style day + 60, century and sex consistent, unique', () => {
    const seen = new Set<string>();
    for (const patient of patients) {
      expect(patient.cpr).toMatch(/^(6[1-9]|[78]\d|9[01])(0[1-9]|1[0-2])\d{6}$/);
      const parsed = parseCpr(patient.cpr);
      expect(parsed.ok && parsed.value.synthetic).toBe(true);
      expect(parsed.ok && parsed.value.birthDate.toISOString().slice(0, 10)).toBe(patient.birthDate);
      expect(parsed.ok && parsed.value.sex).toBe(patient.sex);
      seen.add(patient.cpr);
    }
    expect(seen.size).toBe(patients.length);
  });

  it('keeps the age pyramid of ../shared/domain §6.3 within 2 percentage points', () => {
    const band = (low: number, high: number) => share((p) => p.age >= low && p.age <= high);
    expect(band(0, 14)).toBeCloseTo(0.16, 1);
    expect(Math.abs(band(25, 44) - 0.25)).toBeLessThan(0.02);
    expect(Math.abs(band(45, 64) - 0.26)).toBeLessThan(0.02);
    expect(Math.abs(band(80, 120) - 0.06)).toBeLessThan(0.02);
  });

  it('gives chronic diagnoses the prevalence of the domain figures', () => {
    const prevalence = (code: string) => share((p) => p.icpc.includes(code));
    expect(prevalence('T90')).toBeGreaterThan(0.04);
    expect(prevalence('T90')).toBeLessThan(0.07);
    expect(prevalence('R95')).toBeGreaterThan(0.02);
    expect(prevalence('R95')).toBeLessThan(0.045);
    expect(prevalence('R96')).toBeGreaterThan(0.04);
    expect(prevalence('R96')).toBeLessThan(0.07);
    expect(prevalence('K78')).toBeGreaterThan(0.015);
    expect(prevalence('K78')).toBeLessThan(0.035);
    expect(prevalence('K77')).toBeGreaterThan(0.005);
    expect(prevalence('K77')).toBeLessThan(0.015);
  });

  it('reaches children through a parent, and about 40 % of patients use Min Læge', () => {
    const byId = new Map(patients.map((p) => [p.id, p]));
    const children = patients.filter((p) => p.age < 15);
    expect(children.every((c) => c.parentId && byId.get(c.parentId)!.age >= 22)).toBe(true);
    expect(children.every((c) => !c.minLaege.user)).toBe(true);
    const users = share((p) => p.minLaege.user);
    expect(users).toBeGreaterThan(0.35);
    expect(users).toBeLessThan(0.5);
  });
});
