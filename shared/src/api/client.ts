import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../api/plsp.d.ts';
import { ApiError, kindForStatus, toApiError, type Problem } from './errors.ts';

export type PlspClient = Client<paths>;
export type { paths as PlspPaths, components as PlspComponents } from '../../api/plsp.d.ts';

export interface PlspClientOptions {
  /** e.g. `/api/v1` in the demo, or a real PLSP base URL. */
  baseUrl: string;
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Called when a renewed token is still refused: the shell sends the user through login again. */
  onSessionExpired(): void;
  timeoutMs?: number;
  /** Requests the shell sent before this client existed (see the shell's first-requests.ts). */
  firstResponses?: FirstResponses;
}

/** Responses to requests sent before the PLSP client existed, for it to take instead of fetching. */
export interface FirstResponses {
  /**
   * The response to this request if it was sent early, once; otherwise undefined. From then on
   * `signal` (the client's time limit) aborts it, as it would abort a request sent now.
   */
  take(request: Request, signal: AbortSignal): Promise<Response> | undefined;
}

/**
 * The typed PLSP client every webapp gets in its context. It adds the bearer token, gives each request a
 * time limit, and retries once with a renewed token when the API says the token expired.
 */
export function createPlspClient(options: PlspClientOptions): PlspClient {
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function send(request: Request, forceRefresh: boolean): Promise<Response> {
    const timeLimit = () => AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
    const sentEarly = forceRefresh ? undefined : options.firstResponses?.take(request, timeLimit());
    if (sentEarly) return sentEarly;
    const token = await options.getAccessToken({ forceRefresh });
    const authorised = new Request(request, { signal: timeLimit() });
    authorised.headers.set('Authorization', `Bearer ${token}`);
    return fetch(authorised);
  }

  async function authFetch(request: Request): Promise<Response> {
    try {
      const retryable = request.clone();
      const first = await send(request, false);
      if (first.status !== 401) return first;
      const second = await send(retryable, true);
      if (second.status === 401) options.onSessionExpired();
      return second;
    } catch (error) {
      throw toApiError(error);
    }
  }

  return createClient<paths>({ baseUrl: options.baseUrl, fetch: authFetch });
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Turns openapi-fetch's `{ data, error }` into the data or a thrown ApiError, for react-query. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw toApiError(error);
  }
  const { data, error, response } = result;
  if (response.ok && data !== undefined) return data;
  if (response.ok) return undefined as T; // 204
  const retryAfter = Number(response.headers.get('Retry-After'));
  throw new ApiError(kindForStatus(response.status), {
    status: response.status,
    problem: typeof error === 'object' && error !== null ? (error as Problem) : undefined,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}
