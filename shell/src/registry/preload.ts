/** The page's CSP nonce (on `<meta property="csp-nonce">`), which every script element needs. */
export function pageNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';
}

/**
 * Whether the import map sends `href` elsewhere: a file a launch bundle holds (launch-bundle.ts),
 * which is not to be fetched as a file of its own.
 */
export function isRemapped(href: string): boolean {
  return import.meta.resolve(href) !== new URL(href, import.meta.url).href;
}

/**
 * Asks the browser to fetch ES modules now, with the page's CSP nonce: a module graph then arrives in
 * one round of requests instead of a waterfall, one level of imports at a time. Compose lists what
 * to preload for the portal and for each webapp.
 */
export function preloadModules(hrefs: readonly string[]): void {
  const nonce = pageNonce();
  // As written in the markup and in compose's lists alike (root-relative), so compared as written.
  const present = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    ),
  );
  for (const href of hrefs) {
    if (present.has(href) || isRemapped(href)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    link.nonce = nonce;
    document.head.append(link);
    present.add(href);
  }
}
