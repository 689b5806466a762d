import { describe, expect, it } from 'vitest';
import { readView, writeView } from './view.ts';

const TODAY = new Date(Date.UTC(2026, 10, 24));

describe('the view in the URL', () => {
  it('reads defaults from an empty URL and writes none back', () => {
    const state = readView(new URLSearchParams(), TODAY);
    expect(state).toEqual({
      view: 'statistik',
      period: { year: 2026 },
      granularity: 'month',
      metric: 'count',
      compare: false,
      query: '',
    });
    expect(writeView(state, TODAY).toString()).toBe('');
  });

  it('round-trips every setting', () => {
    const url =
      'visning=region&periode=2025-K2&opdeling=kvartal&maal=pr1000&gruppe=video&kode=0125&sammenlign=1&q=video&regel=0125';
    const state = readView(new URLSearchParams(url), TODAY);
    expect(state).toMatchObject({
      view: 'region',
      granularity: 'quarter',
      metric: 'per1000',
      code: '0125',
      compare: true,
    });
    expect(writeView(state, TODAY).toString()).toBe(url);
  });

  it('ignores what it does not know', () => {
    const state = readView(new URLSearchParams('visning=x&opdeling=uge&maal=y&kode=12&regel=abcd'), TODAY);
    expect(state).toMatchObject({ view: 'statistik', granularity: 'month', metric: 'count' });
    expect(state.code).toBeUndefined();
    expect(state.rule).toBeUndefined();
  });
});
