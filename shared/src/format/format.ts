import { INTL_LOCALE, localeStore, type Locale } from '../i18n/locale.ts';

/**
 * Locale-aware formatting through Intl, cached per locale and options.
 * Dates in the API are ISO strings; they are shown in Danish time (Europe/Copenhagen).
 */
const TIME_ZONE = 'Europe/Copenhagen';
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(
  key: string,
  make: () => F,
): F {
  let hit = cache.get(key);
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit as F;
}

const tag = (locale: Locale = localeStore.get()) => INTL_LOCALE[locale];

function dateFormat(options: Intl.DateTimeFormatOptions, locale?: Locale): Intl.DateTimeFormat {
  const t = tag(locale);
  return cached(
    `d:${t}:${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(t, { timeZone: TIME_ZONE, ...options }),
  );
}

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);

/** 24.11.2026 (da) / 24/11/2026 (en) */
export function formatDate(value: string | Date, locale?: Locale): string {
  return dateFormat({ day: '2-digit', month: '2-digit', year: 'numeric' }, locale).format(toDate(value));
}

/** 24.11.2026 kl. 14.05 (da) / 24/11/2026 14:05 (en) */
export function formatDateTime(value: string | Date, locale: Locale = localeStore.get()): string {
  return `${formatDate(value, locale)}${locale === 'da' ? ' kl.' : ''} ${formatTime(value, locale)}`;
}

/** 14.05 (da) */
export function formatTime(value: string | Date, locale?: Locale): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit' }, locale).format(toDate(value));
}

/** november 2026 */
export function formatMonth(value: string | Date, locale?: Locale): string {
  return dateFormat({ month: 'long', year: 'numeric' }, locale).format(toDate(value));
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale?: Locale): string {
  const t = tag(locale);
  return cached(`n:${t}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(t, options)).format(value);
}

/** 1.234,50 kr. (da) */
export function formatCurrency(value: number, locale?: Locale): string {
  return formatNumber(value, { style: 'currency', currency: 'DKK' }, locale);
}

export function formatPercent(fraction: number, locale?: Locale): string {
  return formatNumber(fraction, { style: 'percent', maximumFractionDigits: 1 }, locale);
}

/** Sorting that follows the locale: æ, ø, å after z in Danish. */
export function compareText(a: string, b: string, locale?: Locale): number {
  const t = tag(locale);
  return cached(`c:${t}`, () => new Intl.Collator(t, { sensitivity: 'base', numeric: true })).compare(a, b);
}
