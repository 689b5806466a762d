/**
 * Asks the browser to fetch ES modules now, with the page's CSP nonce: a module graph then arrives in
 * one round of requests instead of a waterfall, one level of imports at a time. Compose lists what
 * to preload for the portal and for each webapp.
 */
export function preloadModules(hrefs: readonly string[]): void {
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
  // As written in the markup and in compose's lists alike (root-relative), so compared as written:
  // the callback page has all of the portal's in its markup, and creating links to compare costs.
  const present = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    ),
  );
  for (const href of hrefs) {
    if (present.has(href)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.nonce = nonce;
    document.head.append(link);
    present.add(href);
  }
}
