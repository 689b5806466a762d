import createCache, { type EmotionCache } from '@emotion/cache';

/** The per-request CSP nonce the server puts on `<meta property="csp-nonce">`; emotion's style tags need it. */
function cspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}

/** One cache per React root, with its own key, so the shell's and each webapp's class names never collide. */
export function createKlinikCache(key: string): EmotionCache {
  return createCache({ key: key.toLowerCase().replace(/[^a-z-]/g, ''), nonce: cspNonce(), prepend: true });
}
