import { describe, expect, it } from 'vitest';
import { element } from './fixtures.test-helpers.ts';
import { elementsFor, splitByReceiver } from './receivers.ts';

const record = {
  elements: [
    element('hba1c', 50, '2026-01-01'),
    element('egfr', 80, '2026-01-01'),
    element('rehab', true, '2026-01-01'),
  ],
  receivers: [
    { receiver: 'RKKP' as const, elementIds: ['hba1c', 'rehab'] },
    { receiver: 'SDS' as const, elementIds: ['hba1c', 'egfr'] },
  ],
};

describe('record to receiver', () => {
  it("gives each receiver exactly its elements, in the record's order", () => {
    expect(elementsFor(record, 'RKKP').map((e) => e.id)).toEqual(['hba1c', 'rehab']);
    expect(elementsFor(record, 'SDS').map((e) => e.id)).toEqual(['hba1c', 'egfr']);
    expect(elementsFor({ ...record, receivers: [] }, 'SDS')).toEqual([]);
  });

  it('separates what both receive from what only one receives', () => {
    const split = splitByReceiver(record);
    expect(split.both.map((e) => e.id)).toEqual(['hba1c']);
    expect(split.only.RKKP.map((e) => e.id)).toEqual(['rehab']);
    expect(split.only.SDS.map((e) => e.id)).toEqual(['egfr']);
  });
});
