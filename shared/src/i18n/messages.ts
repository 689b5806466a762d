import { useLocale, type Locale } from './locale.ts';

/**
 * Typed message catalogues: the English catalogue must have the same shape as the Danish one,
 * so a missing or misspelt key fails typecheck. Messages with values are functions.
 */
export type Catalogue<T> = Record<Locale, T>;

export function defineMessages<T>(da: T, en: NoInfer<T>): Catalogue<T> {
  return { da, en };
}

export function useMessages<T>(catalogue: Catalogue<T>): T {
  return catalogue[useLocale()];
}
