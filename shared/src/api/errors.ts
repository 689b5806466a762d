/**
 * Every way a PLSP call can fail, as one error type the shared ErrorState knows how to explain.
 * The API answers errors as RFC 9457 problem+json; network faults and bad bodies have no problem.
 */
export type ApiErrorKind =
  | 'network' // no answer: connection refused or dropped
  | 'timeout' // no answer in time
  | 'unavailable' // 503, maybe with Retry-After
  | 'server' // other 5xx
  | 'malformed' // an answer we cannot read
  | 'session' // 401 after a renewed token: the user must log in again
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'invalid' // 400/422
  | 'conflict'; // 409

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly problem?: Problem;
  readonly retryAfterSeconds?: number;

  constructor(
    kind: ApiErrorKind,
    init: { status?: number; problem?: Problem; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(init.problem?.detail ?? init.problem?.title ?? kind, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Worth an automatic retry: the same request may well succeed a moment later. */
  get transient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'unavailable' ||
      this.kind === 'server'
    );
  }
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'session';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'invalid';
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // By name, not `instanceof DOMException`: an abort signal's reason may come from another realm.
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ApiError('timeout', { cause: error });
  }
  if (error instanceof SyntaxError) return new ApiError('malformed', { cause: error });
  return new ApiError('network', { cause: error });
}
