import { describe, expect, it } from 'vitest';
import { code } from './fixtures.test-helpers.ts';
import { ruleFor, searchGuidance } from './guidance.ts';
import type { AgreementRules } from './types.ts';

const RULES = {
  codes: [
    code('0101', 'consultation', 160, { name: 'Konsultation' }),
    code('0125', 'video', 160, { name: 'Videokonsultation', guidance: 'Grundydelse over video.' }),
    code('2101', 'procedure', 55, { name: 'Blodtagning fra blodåre' }),
  ],
  guidance: [
    { id: 'video', title: 'Videokonsultation', codes: ['0125', '0201'], text: 'Mislykkes forbindelsen …' },
    { id: 'loft', title: '§ 93: højestegrænser', codes: ['0101', '2101'], text: 'Begræns blodprøver.' },
  ],
} as unknown as AgreementRules;

const ids = (result: ReturnType<typeof searchGuidance>) => ({
  codes: result.codes.map((c) => c.code),
  articles: result.articles.map((a) => a.id),
});

describe('look-up in the agreement guidance', () => {
  it('finds by code, by the start of a code, by name and by word, ignoring case', () => {
    expect(ids(searchGuidance(RULES, '2101'))).toEqual({ codes: ['2101'], articles: ['loft'] });
    expect(ids(searchGuidance(RULES, '01'))).toEqual({
      codes: ['0101', '0125'],
      articles: ['video', 'loft'],
    });
    expect(ids(searchGuidance(RULES, 'BLODÅRE'))).toEqual({ codes: ['2101'], articles: [] });
    expect(ids(searchGuidance(RULES, 'video grundydelse'))).toEqual({ codes: ['0125'], articles: [] });
    expect(ids(searchGuidance(RULES, 'højestegrænser'))).toEqual({ codes: [], articles: ['loft'] });
  });

  it('finds nothing for an empty query or an unknown word', () => {
    expect(ids(searchGuidance(RULES, '  '))).toEqual({ codes: [], articles: [] });
    expect(ids(searchGuidance(RULES, 'røntgen'))).toEqual({ codes: [], articles: [] });
  });

  it("gives a code's rule with every article that covers it", () => {
    const rule = ruleFor(RULES, '0101')!;
    expect(rule.code.name).toBe('Konsultation');
    expect(rule.articles.map((a) => a.id)).toEqual(['loft']);
    expect(ruleFor(RULES, '9999')).toBeUndefined();
  });
});
