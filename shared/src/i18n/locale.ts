import { useSyncExternalStore } from 'react';

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for Intl: dates, numbers and sorting follow the chosen locale. */
export const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

// The choice of language is not sensitive, so it may outlive the session in localStorage.
const STORAGE_KEY = 'klinik:locale';
const listeners = new Set<() => void>();

function readStoredLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'da';
}

let current: Locale = readStoredLocale();

/**
 * One store for the whole page: @klinik/shared is loaded once through the import map,
 * so the shell and every webapp root read and change the same locale.
 */
export const localeStore = {
  get: (): Locale => current,
  set(locale: Locale): void {
    if (locale === current) return;
    current = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLocale(): Locale {
  return useSyncExternalStore(localeStore.subscribe, localeStore.get);
}
