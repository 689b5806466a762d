import { randomBytes } from 'node:crypto';

export interface CspOptions {
  issuers: string[];
  /** Demo and development only: webapps may be served from another loopback port. */
  allowOverrides: boolean;
}

export const newNonce = () => randomBytes(16).toString('base64');

/**
 * A strict CSP for index.html: scripts and styles only from us or with this response's nonce
 * (emotion reads it from <meta property="csp-nonce">), no eval, no framing, no plugins.
 */
export function contentSecurityPolicy(nonce: string, { issuers, allowOverrides }: CspOptions): string {
  const overrideOrigins = allowOverrides ? ' http://127.0.0.1:*' : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${overrideOrigins}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${issuers.join(' ')}${overrideOrigins}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
