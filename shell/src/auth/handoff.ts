import { ErrorResponse, type User, type UserManager } from 'oidc-client-ts';
import type { ShellConfig } from '../config.ts';
import { createUserManager, rememberedIssuer, rememberIssuer, rememberMetadata } from './user-manager.ts';

/**
 * The 1Login-style handoff, SMART EHR-launch shaped: the practice system opens
 * `/launch?iss=…&launch=…`; we check `iss` against the allow-list, run code + PKCE against it with the
 * opaque launch handle, and come back on `/auth/callback` with clinic, user and role in the tokens.
 */
export type HandoffErrorCode =
  'unknown-issuer' | 'missing-launch' | 'launch-rejected' | 'state' | 'provider' | 'no-session';

export type HandoffOutcome =
  | { kind: 'signed-in'; userManager: UserManager; user: User }
  | { kind: 'redirecting' }
  | { kind: 'logged-out' }
  | { kind: 'error'; code: HandoffErrorCode; detail?: string };

interface ReturnState {
  returnTo: string;
}

/** Only same-origin paths: never an open redirect. */
export function safeReturnTo(path: string | null | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

// Where the login under way returns to, readable before its callback completes: the entry then
// fetches that webapp's code during the token exchange. A hint for preloading only; the signed
// state decides where the user lands.
const RETURN_TO_KEY = 'klinik:return-to';

export const pendingReturnTo = (): string => sessionStorage.getItem(RETURN_TO_KEY) ?? '/';

function signIn(userManager: UserManager, returnTo: string, launch?: string): Promise<void> {
  sessionStorage.setItem(RETURN_TO_KEY, returnTo);
  return userManager.signinRedirect({
    ...(launch ? { extraQueryParams: { launch } } : {}),
    state: { returnTo } satisfies ReturnState,
  });
}

/** Back through login to the same place; prompt-less while the provider's session lives. */
export async function signInAgain(userManager: UserManager, returnTo = currentPath()): Promise<void> {
  await signIn(userManager, safeReturnTo(returnTo));
}

const fail = (code: HandoffErrorCode, detail?: string): HandoffOutcome => ({ kind: 'error', code, detail });

async function startLaunch(config: ShellConfig, url: URL, basePath: string): Promise<HandoffOutcome> {
  const iss = url.searchParams.get('iss');
  const launch = url.searchParams.get('launch');
  const allowed = config.issuers.find((candidate) => candidate.issuer === iss);
  if (!allowed) return fail('unknown-issuer', iss ?? '');
  if (!launch) return fail('missing-launch');
  rememberIssuer(allowed.issuer);
  const userManager = createUserManager(allowed, basePath);
  // A new launch replaces whatever this tab had before, e.g. another patient.
  await userManager.removeUser();
  await rememberMetadata(userManager);
  await signIn(userManager, safeReturnTo(url.searchParams.get('intent')), launch);
  return { kind: 'redirecting' };
}

async function finishCallback(config: ShellConfig, basePath: string): Promise<HandoffOutcome> {
  const allowed = rememberedIssuer(config);
  if (!allowed) return fail('state');
  const userManager = createUserManager(allowed, basePath);
  try {
    const user = await userManager.signinCallback();
    if (!user) return fail('state');
    const { returnTo } = (user.state ?? {}) as Partial<ReturnState>;
    window.history.replaceState(null, '', safeReturnTo(returnTo));
    return { kind: 'signed-in', userManager, user };
  } catch (error) {
    if (error instanceof ErrorResponse) {
      const detail = error.error_description ?? error.error ?? undefined;
      return fail(/launch/i.test(detail ?? '') ? 'launch-rejected' : 'provider', detail);
    }
    return fail('state', error instanceof Error ? error.message : undefined);
  }
}

async function resumeSession(config: ShellConfig, basePath: string): Promise<HandoffOutcome> {
  const allowed = rememberedIssuer(config);
  if (!allowed) return fail('no-session');
  const userManager = createUserManager(allowed, basePath);
  let user = await userManager.getUser();
  if (user?.expired) user = await userManager.signinSilent().catch(() => null);
  if (!user) {
    await signInAgain(userManager);
    return { kind: 'redirecting' };
  }
  return { kind: 'signed-in', userManager, user };
}

/** `basePath` lets the benchmark's plain single-page build run the same handoff under `/plain`. */
export async function runHandoff(config: ShellConfig, basePath = ''): Promise<HandoffOutcome> {
  const url = new URL(window.location.href);
  if (url.pathname === `${basePath}/launch`) return startLaunch(config, url, basePath);
  if (url.pathname === `${basePath}/auth/callback`) return finishCallback(config, basePath);
  if (url.pathname === `${basePath}/logged-out`) return { kind: 'logged-out' };
  return resumeSession(config, basePath);
}
