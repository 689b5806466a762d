import type { AgreementRules, GuidanceArticle, ServiceCode } from './types.ts';

export interface SearchResult {
  codes: ServiceCode[];
  articles: GuidanceArticle[];
}

const words = (query: string) => query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);

/** A number matches the start of a code ("01" finds 0101, not 2101); a word matches anywhere in the text. */
function matches(terms: readonly string[], codes: readonly string[], text: string): boolean {
  const haystack = text.toLocaleLowerCase('da');
  return terms.every((term) =>
    /^\d+$/.test(term) ? codes.some((code) => code.startsWith(term)) : haystack.includes(term),
  );
}

/**
 * Searches the agreement's guidance by code, name or word: a code matches on its number, name or
 * rule text; an article on the codes it covers, its title or text. Every word must match.
 */
export function searchGuidance(rules: AgreementRules, query: string): SearchResult {
  const terms = words(query);
  if (terms.length === 0) return { codes: [], articles: [] };
  return {
    codes: rules.codes.filter((c) => matches(terms, [c.code], `${c.name} ${c.guidance}`)),
    articles: rules.guidance.filter((a) => matches(terms, a.codes, `${a.title} ${a.text}`)),
  };
}

/** A code's rule: the code itself and every guidance article that covers it. */
export function ruleFor(
  rules: AgreementRules,
  code: string,
): { code: ServiceCode; articles: GuidanceArticle[] } | undefined {
  const found = rules.codes.find((c) => c.code === code);
  return found && { code: found, articles: rules.guidance.filter((a) => a.codes.includes(code)) };
}
