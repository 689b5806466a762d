import { describe, expect, it } from 'vitest';
import { element, patient } from './fixtures.test-helpers.ts';
import { elementIssue, isFlagged, patientIssues, statusFromIssues } from './flags.ts';

const TODAY = '2026-11-24';

describe('missing and out-of-date values', () => {
  it('flags a value without a value or without a date as missing', () => {
    expect(elementIssue(element('hba1c', null), TODAY)).toMatchObject({ kind: 'missing', name: 'HBA1C' });
    expect(elementIssue(element('hba1c', 52), TODAY)).toMatchObject({ kind: 'missing' });
  });

  it('flags a value older than its validity as out of date, with its date and the day it lapsed', () => {
    expect(elementIssue(element('hba1c', 52, '2025-10-01', 12), TODAY)).toEqual({
      elementId: 'hba1c',
      name: 'HBA1C',
      kind: 'out-of-date',
      date: '2025-10-01',
      validUntil: '2026-10-01',
      validityMonths: 12,
    });
  });

  it('keeps a value measured exactly one validity period ago current today', () => {
    expect(elementIssue(element('hba1c', 52, '2025-11-24', 12), TODAY)).toBeUndefined();
  });

  it('warns when a current value lapses before the next transmission', () => {
    expect(elementIssue(element('hba1c', 52, '2025-11-30', 12), TODAY, '2026-12-05')).toMatchObject({
      kind: 'expires-soon',
      validUntil: '2026-11-30',
    });
    expect(elementIssue(element('hba1c', 52, '2025-12-20', 12), TODAY, '2026-12-05')).toBeUndefined();
  });

  it('gives a record the worst status, and flags it unless only something expires soon', () => {
    const issues = patientIssues(
      patient([element('a', null), element('b', 1, '2020-01-01'), element('c', 1, '2026-11-01')]),
      TODAY,
    );
    expect(issues.map((i) => i.kind)).toEqual(['missing', 'out-of-date']);
    expect(statusFromIssues(issues)).toBe('missing-data');
    expect(statusFromIssues(issues.slice(1))).toBe('out-of-date');
    expect(statusFromIssues([])).toBe('ready');
    const soon = patientIssues(patient([element('a', 1, '2025-11-30')]), TODAY, '2026-12-05');
    expect(isFlagged(soon)).toBe(false);
    expect(isFlagged(issues)).toBe(true);
  });
});
