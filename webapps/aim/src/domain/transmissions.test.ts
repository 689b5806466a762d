import { describe, expect, it } from 'vitest';
import {
  filterTransmissions,
  groupRejections,
  latestDelivery,
  refusedWhole,
  worstStatus,
} from './transmissions.ts';
import type { Transmission } from './types.ts';

const sent = (id: string, overrides: Partial<Transmission>): Transmission => ({
  id,
  databaseId: 'ddid',
  receiver: 'RKKP',
  sentAt: '2026-11-05T02:15:00.000Z',
  periodFrom: '2026-10-01',
  periodTo: '2026-10-31',
  status: 'accepted',
  recordCount: 100,
  acceptedCount: 100,
  rejectedCount: 0,
  rejections: [],
  ...overrides,
});

const log = [
  sent('a', {}),
  sent('b', {
    receiver: 'SDS',
    status: 'partially-rejected',
    acceptedCount: 98,
    rejectedCount: 2,
    rejections: [
      { cpr: '6701501234', code: 'AIM-204', reason: 'HbA1c: værdi uden for gyldigt interval' },
      { cpr: '6801501234', code: 'AIM-310', reason: 'CPR-nummeret er ikke aktivt' },
      { cpr: '6901501234', code: 'AIM-204', reason: 'HbA1c: værdi uden for gyldigt interval' },
    ],
  }),
  sent('c', { sentAt: '2026-10-05T02:15:00.000Z' }),
  sent('d', {
    databaseId: 'drkol',
    status: 'rejected',
    acceptedCount: 0,
    rejectedCount: 100,
    rejections: [{ code: 'AIM-001', reason: 'Forkert format' }],
  }),
];

describe('transmission log', () => {
  it("finds a database's latest delivery to both receivers, and the worse answer", () => {
    const latest = latestDelivery(log, 'ddid');
    expect(latest.map((t) => t.id)).toEqual(['a', 'b']);
    expect(worstStatus(latest)).toBe('partially-rejected');
    expect(latestDelivery(log, 'dhd')).toEqual([]);
    expect(worstStatus([])).toBeUndefined();
  });

  it('tells a whole refused delivery from rejected records', () => {
    expect(refusedWhole(log[3]!)).toBe(true);
    expect(refusedWhole(log[1]!)).toBe(false);
  });

  it('groups rejections by reason, most frequent first', () => {
    expect(groupRejections(log[1]!.rejections).map((g) => [g.code, g.rejections.length])).toEqual([
      ['AIM-204', 2],
      ['AIM-310', 1],
    ]);
  });

  it('filters by database, receiver and rejected records', () => {
    expect(filterTransmissions(log, { rejectedOnly: true }).map((t) => t.id)).toEqual(['b', 'd']);
    expect(
      filterTransmissions(log, { databaseId: 'ddid', receiver: 'RKKP', rejectedOnly: false }).map(
        (t) => t.id,
      ),
    ).toEqual(['a', 'c']);
  });
});
