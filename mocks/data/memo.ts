/**
 * Generated data, kept by key (kind, clinic, reference date): each piece is generated on first use and
 * only once, so a test that touches one clinic never pays for the others.
 */
const cache = new Map<string, unknown>();

export function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export function clearMemo(): void {
  cache.clear();
}
