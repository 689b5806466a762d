import type { UserManager } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { pendingReturnTo, safeReturnTo, signInAgain } from './handoff.ts';

describe('safeReturnTo', () => {
  it('keeps same-origin paths', () => {
    expect(safeReturnTo('/aftalevisning?sektor=hospital')).toBe('/aftalevisning?sektor=hospital');
  });

  it('never redirects off the origin', () => {
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('javascript:alert(1)')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });
});

describe('signInAgain', () => {
  it('returns to the same place, and leaves where to as a preload hint for the callback page', async () => {
    const signinRedirect = vi.fn(async () => undefined);
    await signInAgain({ signinRedirect } as unknown as UserManager, '/aim/diabetes?side=2');
    expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/aim/diabetes?side=2' } });
    expect(pendingReturnTo()).toBe('/aim/diabetes?side=2');
    await signInAgain({ signinRedirect } as unknown as UserManager, '//evil.example/');
    expect(pendingReturnTo()).toBe('/');
  });
});
