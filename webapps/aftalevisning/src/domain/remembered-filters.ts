/**
 * Filters remembered per patient for this tab. The key is a hash of the CPR number, so the number
 * itself is never written to browser storage.
 */
function fnv1a(text: string): string {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0).toString(36);
}

const key = (cpr: string) => `aftalevisning:filtre:${fnv1a(cpr)}`;

export const rememberedFilters = {
  read: (cpr: string): string | null => sessionStorage.getItem(key(cpr)),
  write: (cpr: string, search: string): void => sessionStorage.setItem(key(cpr), search),
};
