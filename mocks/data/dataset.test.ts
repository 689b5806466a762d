// @vitest-environment node
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AIM_DATABASES } from './aim-definitions.ts';
import { benchmark, percentile } from './benchmark.ts';
import { CLINICS } from './clinics.ts';
import {
  clinicAim,
  clinicPatients,
  clinicUsage,
  listDemoPatients,
  patientCare,
  regionMembers,
  setReferenceDate,
} from './index.ts';
import { messagingFor } from './messaging.ts';
import { codesForRegion } from './service-codes.ts';

const REFERENCE = new Date(Date.UTC(2026, 10, 24));
const LARGEST = '990011';
const hash = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('hex');
const everything = (ydernummer: string) => ({
  patients: clinicPatients(ydernummer),
  care: patientCare(ydernummer),
  usage: clinicUsage(ydernummer),
  aim: AIM_DATABASES.map((d) => {
    const { records, indicators, transmissions } = clinicAim(ydernummer, d.id)!;
    return { records, indicators, transmissions };
  }),
});

beforeAll(() => setReferenceDate(REFERENCE));

describe('determinism', () => {
  it('generates the same clinic twice, from scratch, byte for byte', () => {
    const first = hash(everything('990035'));
    setReferenceDate(REFERENCE); // drops every memoised piece
    expect(hash(everything('990035'))).toBe(first);
  });

  it('keeps the patients of the largest clinic stable across runs and machines (pinned hash)', () => {
    expect(hash(clinicPatients(LARGEST)).slice(0, 16)).toBe('a1a24365ee69f1bf');
  });
});

describe('synthetic CPR numbers in every clinic', () => {
  it('are erstatnings-style (day + 60), with century digit and sex parity as CPR-kontoret defines them', () => {
    const wrong = CLINICS.flatMap((clinic) => clinicPatients(clinic.ydernummer)).filter(
      ({ cpr, birthDate, sex }) => {
        const year = Number(birthDate.slice(0, 4));
        const centuries = year < 1937 ? '0123' : year < 2000 ? '012349' : '456789';
        return (
          !/^(6[1-9]|[78]\d|9[01])\d{8}$/.test(cpr) ||
          Number(cpr.slice(0, 2)) - 60 !== Number(birthDate.slice(8, 10)) ||
          cpr.slice(2, 6) !== `${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}` ||
          Number(cpr[9]) % 2 !== (sex === 'M' ? 1 : 0) ||
          !centuries.includes(cpr[6]!)
        );
      },
    );
    expect(wrong).toEqual([]);
  });
});

describe('proportions within ../shared/domain', () => {
  const patients = () => clinicPatients(LARGEST);
  const share = (predicate: (p: ReturnType<typeof patients>[number]) => boolean, of = patients()) =>
    of.filter(predicate).length / of.length;

  it('Min Læge use by age (§4): 45 %, 60 %, 55 %, 40 %, 15 % within 5 points; nobody under 15', () => {
    const band = (low: number, high: number) => patients().filter((p) => p.age >= low && p.age <= high);
    expect(share((p) => p.minLaege.user, band(0, 14))).toBe(0);
    for (const [low, high, expected] of [
      [15, 24, 0.45],
      [25, 44, 0.6],
      [45, 64, 0.55],
      [65, 79, 0.4],
      [80, 120, 0.15],
    ] as const) {
      expect(Math.abs(share((p) => p.minLaege.user, band(low, high)) - expected)).toBeLessThan(0.05);
    }
  });

  it('reaches a child under 15 only through a parent who can receive (§4)', () => {
    const byId = new Map(patients().map((p) => [p.id, p]));
    for (const child of patients().filter((p) => p.age < 15)) {
      const parent = byId.get(child.parentId!);
      const channel = messagingFor(child, parent).channel;
      expect(channel).toBe(parent!.minLaege.user && parent!.minLaege.consent ? 'parent' : 'none');
    }
  });

  it('enrols 55–72 % of eligible type 2-diabetes and KOL patients on kronikerhonorar (63 % nationally, §1.5)', () => {
    const care = patientCare(LARGEST);
    const eligible = patients().filter(
      (p) => (p.icpc.includes('T90') || p.icpc.includes('R95')) && p.sikringsgruppe === 1,
    );
    const uptake = share((p) => Boolean(care.get(p.id)?.chronicCare), eligible);
    expect(uptake).toBeGreaterThan(0.5);
    expect(uptake).toBeLessThan(0.75);
  });

  it("puts the region's median use per 1,000 near the domain's rates (§1.3)", () => {
    const members = regionMembers('1082');
    const median = (code: string) => {
      const { items } = benchmark(members, LARGEST, '2025-01', '2025-12', codesForRegion('1082'));
      return items.find((i) => i.code === code)!.median;
    };
    for (const [code, per1000] of [
      ['0101', 3200],
      ['0105', 1600],
      ['0201', 1500],
      ['2101', 900],
      ['0120', 350],
    ] as const) {
      expect(Math.abs(median(code) / per1000 - 1)).toBeLessThan(0.15);
    }
  });

  it('has winter above summer for acute contacts, and the July holiday', () => {
    const months = clinicUsage(LARGEST).filter((m) => m.month.startsWith('2025'));
    const count = (month: string) => months.find((m) => m.month === month)!.counts.get('0101')!.count;
    expect(count('2025-01')).toBeGreaterThan(count('2025-07') * 1.3);
  });

  it('sizes the AIM populations by the ICPC prevalence (§5.4): diabetes ~5 %, KOL ~3 %, astma ~5 %, AF ~2 %, HF ~1 %', () => {
    const size = (id: string) => clinicAim(LARGEST, id)!.records.length / patients().length;
    expect(size('ddid')).toBeGreaterThan(0.04);
    expect(size('ddid')).toBeLessThan(0.075);
    expect(size('drkol')).toBeGreaterThan(0.02);
    expect(size('drkol')).toBeLessThan(0.045);
    expect(size('drastma')).toBeGreaterThan(0.035);
    expect(size('afdk')).toBeGreaterThan(0.012);
    expect(size('dhd')).toBeGreaterThan(0.005);
  });
});

describe('the regional benchmark', () => {
  it('counts Bornholm clinics in Region Hovedstaden, and only there', () => {
    const hovedstaden = benchmark(
      regionMembers('1084'),
      '990027',
      '2025-01',
      '2025-12',
      codesForRegion('1084'),
    );
    expect(hovedstaden.clinicCount).toBe(42);
    expect(hovedstaden.bornholmClinicCount).toBe(4);
    expect(hovedstaden.items.find((i) => i.code === '4383')!.clinicPer1000).toBeGreaterThan(0);
    expect(
      benchmark(regionMembers('1082'), LARGEST, '2025-01', '2025-12', codesForRegion('1082'))
        .bornholmClinicCount,
    ).toBe(0);
  });

  it('interpolates percentiles between order statistics', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.25)).toBe(10);
  });
});

describe('demo patients', () => {
  it('offers about eight varied patients per clinic for the simulator', () => {
    for (const clinic of CLINICS) {
      const demo = listDemoPatients(clinic.ydernummer);
      expect(demo.length).toBeGreaterThanOrEqual(6);
      expect(new Set(demo.map((p) => p.cpr)).size).toBe(demo.length);
    }
  });
});
