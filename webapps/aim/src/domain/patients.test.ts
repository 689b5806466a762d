import { describe, expect, it } from 'vitest';
import { element, patient } from './fixtures.test-helpers.ts';
import { countByFilter, filterRows, PAGE_SIZE, pageOf, patientRows } from './patients.ts';
import {
  readPatientView,
  readRecordReceiver,
  readTransmissionFilters,
  writePatientView,
  writeTransmissionFilters,
} from './view-state.ts';

const TODAY = '2026-11-24';

describe('patient list', () => {
  const rows = patientRows(
    [
      patient([element('a', 1, '2026-06-01')]),
      patient([element('a', null)]),
      patient([element('a', 1, '2024-01-01')]),
      patient([element('a', 1, '2025-11-30')]),
    ],
    TODAY,
    '2026-12-05',
  );

  it('filters to flagged, missing, out-of-date or soon-to-lapse values', () => {
    expect(countByFilter(rows)).toEqual({ alle: 4, markerede: 2, mangler: 1, forældede: 1, udløber: 1 });
    expect(filterRows(rows, 'markerede').map((r) => r.issues[0]!.kind)).toEqual(['missing', 'out-of-date']);
  });

  it('pages, keeping the page within range', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 3, 50)).toEqual({ items: items.slice(100), page: 3, pages: 3 });
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 1).items).toHaveLength(PAGE_SIZE);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('view state in the URL', () => {
  it('round-trips the patient filter and page, and ignores values it does not know', () => {
    const view = { filter: 'markerede' as const, page: 2 };
    expect(readPatientView(writePatientView(view))).toEqual(view);
    expect(writePatientView({ filter: 'alle', page: 1 }).toString()).toBe('');
    expect(readPatientView(new URLSearchParams('vis=x&side=-1'))).toEqual({ filter: 'alle', page: 1 });
  });

  it('round-trips the transmission filters and the record receiver', () => {
    const filters = { databaseId: 'drkol' as const, receiver: 'SDS' as const, rejectedOnly: true };
    expect(writeTransmissionFilters(filters).toString()).toBe('database=drkol&modtager=sds&afviste=ja');
    expect(readTransmissionFilters(writeTransmissionFilters(filters))).toEqual(filters);
    expect(readTransmissionFilters(new URLSearchParams('database=x'))).toEqual({ rejectedOnly: false });
    expect(readRecordReceiver(new URLSearchParams('modtager=sds'))).toBe('SDS');
    expect(readRecordReceiver(new URLSearchParams())).toBe('RKKP');
  });
});
