/**
 * Asks the browser to fetch ES modules now, with the page's CSP nonce: a module graph then arrives in
 * one round of requests instead of a waterfall, one level of imports at a time. Compose lists what
 * to preload for the portal and for each webapp.
 */
export function preloadModules(hrefs: readonly string[]): void {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
  const present = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href),
  );
  for (const href of hrefs) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    if (present.has(link.href)) continue;
    link.nonce = nonce;
    document.head.append(link);
  }
}
