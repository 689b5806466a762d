// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../shared/api/plsp.d.ts';
import type { Role } from '../../shared/src/auth/claims.ts';
import { mintToken } from '../../shared/testing/msw.ts';
import { clinicPatients, setReferenceDate } from '../data/index.ts';

type Schemas = components['schemas'];

const API = 'http://localhost/api/v1';
const CLINIC = '990043';
const get = async (path: string, claims: { role?: Role; ydernummer?: string } = {}) =>
  fetch(`${API}${path}`, {
    headers: { Authorization: `Bearer ${await mintToken({ ydernummer: CLINIC, ...claims })}` },
  });

beforeAll(() => setReferenceDate(new Date(Date.UTC(2026, 10, 24))));

describe('AIM', () => {
  it('lists the five databases: heart failure in preparation, the others active with a last and next transmission', async () => {
    const { items } = (await (await get('/aim/databases')).json()) as { items: Schemas['AimDatabase'][] };
    expect(items.map((d) => d.shortName)).toEqual(['DDiD', 'DrKOL', 'AFDK', 'DrAstma', 'DHD']);
    const [diabetes, kol, , , heartFailure] = items;
    expect(diabetes).toMatchObject({
      status: 'active',
      icpcCodes: ['T89', 'T90'],
      receivers: ['RKKP', 'SDS'],
    });
    expect(diabetes!.populationCount).toBe(Object.values(diabetes!.statusCounts).reduce((a, b) => a + b));
    expect(diabetes!.nextTransmissionAt).toBe('2026-12-05T02:15:00.000Z');
    expect(kol!.lastTransmission?.sentAt).toBe('2026-11-05T02:15:00.000Z');
    expect(heartFailure).toMatchObject({ status: 'in-preparation', startsAt: '2027-03-01' });
    expect(heartFailure!.lastTransmission).toBeUndefined();
  });

  it("shows each indicator's rule and eight quarters of clinic, region and country", async () => {
    const { items } = (await (
      await get('/aim/databases/ddid/indicators')
    ).json()) as Schemas['AimIndicators'];
    const hba1c = items.find((i) => i.id === '1.f1')!;
    expect(hba1c.rule).toEqual({
      elementId: 'hba1c',
      windowMonths: 12,
      condition: { operator: 'lt', value: 59 },
    });
    expect(hba1c.series).toHaveLength(8);
    expect(hba1c.series.at(-1)!.period).toBe('2026-Q4');
    const { items: none } = await (await get('/aim/databases/dhd/indicators')).json();
    expect(none.every((i: Schemas['AimIndicator']) => i.series.length === 0)).toBe(true);
  });

  it('lists the patients behind the numbers with flagged values, for doctors and nurses only', async () => {
    const page = await (
      await get('/aim/databases/ddid/patients?status=missing-data&pageSize=500', { role: 'nurse' })
    ).json();
    expect(page.total).toBeGreaterThan(0);
    const patient = page.items[0] as Schemas['AimPatient'];
    expect(patient.cpr).toMatch(/^\d{10}$/);
    expect(patient.includedBecause).toMatch(/^ICPC T(89|90) registreret \d{4}-\d{2}-\d{2}$/);
    expect(patient.elements.some((e) => e.flag === 'missing' && e.value === null)).toBe(true);
    expect((await get('/aim/databases/ddid/patients', { role: 'secretary' })).status).toBe(403);
  });

  it('shows the exact record and which receiver gets which elements', async () => {
    const page = await (await get('/aim/databases/ddid/patients?status=out-of-date&pageSize=1')).json();
    const cpr = page.items[0].cpr as string;
    const record = (await (
      await get(`/aim/databases/ddid/patients/${cpr}/record`)
    ).json()) as Schemas['AimRecord'];
    expect(record.receivers.find((r) => r.receiver === 'SDS')!.elementIds).toContain('egfr');
    expect(record.receivers.find((r) => r.receiver === 'RKKP')!.elementIds).not.toContain('egfr');
    expect(record.validation.some((v) => v.code === 'AIM-120')).toBe(true);
    expect((await get(`/aim/databases/ddid/patients/${cpr}/record`, { role: 'secretary' })).status).toBe(403);
  });

  it("refuses another clinic's patient, and says when a patient is not in the population", async () => {
    const foreign = clinicPatients('990011').find((p) => p.icpc.includes('T90'))!;
    expect((await get(`/aim/databases/ddid/patients/${foreign.cpr}/record`)).status).toBe(403);
    const healthy = clinicPatients(CLINIC).find((p) => !p.icpc.includes('T90') && !p.icpc.includes('T89'))!;
    expect((await get(`/aim/databases/ddid/patients/${healthy.cpr}/record`)).status).toBe(404);
  });

  it('logs a year of transmissions to both receivers, with the reasons for rejected records', async () => {
    const log = await (await get('/aim/transmissions?pageSize=500')).json();
    expect(log.total).toBe(4 * 2 * 12);
    const refused = log.items.find((t: Schemas['AimTransmission']) => t.status === 'rejected');
    expect(refused).toMatchObject({ databaseId: 'drkol', receiver: 'SDS', acceptedCount: 0 });
    const partial = log.items.find((t: Schemas['AimTransmission']) => t.status === 'partially-rejected');
    expect(partial.rejections[0]).toMatchObject({
      cpr: expect.stringMatching(/^\d{10}$/),
      code: expect.stringMatching(/^AIM-/),
    });
    const diabetes = await (await get('/aim/transmissions?databaseId=ddid')).json();
    expect(diabetes.total).toBe(24);
  });
});
