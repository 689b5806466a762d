import { describe, expect, it } from 'vitest';
import { filterToForm, readFilterForm, toRecipientFilter, writeFilterForm } from './filter-form.ts';

const TODAY = '2026-11-24';
const form = (search: string) => readFilterForm(new URLSearchParams(search), TODAY);

describe('the filter form', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const search = 'koen=F&alderFra=65&kombiner=eller&diagnoser=T90%2CT89&ydelser=0120&ydelseFra=2026-01-01';
    expect(writeFilterForm(form(search), TODAY).toString()).toBe(search);
    expect(writeFilterForm(form(''), TODAY).toString()).toBe('');
  });

  it('gives the filter to count and send with', () => {
    expect(toRecipientFilter(form('alderFra=65&diagnoser=T90,T89')).filter).toEqual({
      operator: 'and',
      ageMin: 65,
      diagnoses: { codes: ['T90', 'T89'], match: 'any' },
    });
    expect(toRecipientFilter(form('ydelser=0120&ydelseKrav=alle')).filter.services).toEqual({
      codes: ['0120'],
      match: 'all',
      from: '2025-11-24',
      to: TODAY,
    });
  });

  it('says what is wrong with an age or a period, keeping the text as typed', () => {
    const bad = form('alderFra=6x&alderTil=200');
    expect(bad.ageMin).toBe('6x');
    expect(toRecipientFilter(bad).problems).toEqual({ ageMin: 'age-format', ageMax: 'age-format' });
    expect(toRecipientFilter(form('alderFra=70&alderTil=65')).problems).toEqual({ ageMax: 'age-order' });
    expect(
      toRecipientFilter(form('ydelser=0120&ydelseFra=2026-05-01&ydelseTil=2026-01-01')).problems,
    ).toEqual({ period: 'period-order' });
    expect(toRecipientFilter(form('ydelser=0120&ydelseFra=')).problems).toEqual({ period: 'period-missing' });
  });

  it('restores a saved filter into the form', () => {
    const filter = {
      operator: 'or' as const,
      sex: 'M' as const,
      ageMin: 18,
      ageMax: 64,
      diagnoses: { codes: ['R95'], match: 'all' as const },
    };
    expect(toRecipientFilter(filterToForm(filter, TODAY)).filter).toEqual(filter);
  });
});
