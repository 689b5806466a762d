import type { FirstResponses, PlspPaths } from '@klinik/shared';

/** The shell's own first request, on every launch: sent first with whatever the webapp declares. */
export const LAUNCH_CONTEXT_PATH = '/launch-context' satisfies keyof PlspPaths;

/** How long a first response waits to be taken: later, a screen fetches fresh data itself. */
const TAKE_WITHIN_MS = 10_000;

/**
 * Sends a launch's first GETs the moment the handoff has a token: the launch context and what the
 * destination webapp's first screen asks for (`firstRequests` in the manifest). On a cold launch the
 * portal's code takes 100–150 ms of main thread to evaluate before any query can run, and the
 * requests travel during it instead of after it. Only the entry calls this, before React loads.
 */
export function sendFirstRequests(
  apiBaseUrl: string,
  accessToken: string,
  webappPaths: readonly string[],
): FirstResponses {
  const sent = new Map<string, { response: Promise<Response>; controller: AbortController }>();
  for (const path of new Set([LAUNCH_CONTEXT_PATH, ...webappPaths])) {
    const url = new URL(`${apiBaseUrl}${path}`, window.location.href).href;
    const controller = new AbortController();
    const response = fetch(url, {
      headers: { Authorization: `Bearer ${accessToken}` },
      signal: controller.signal,
    });
    // A failure reaches whoever takes the response; one nobody takes is not an unhandled rejection.
    response.catch(() => undefined);
    sent.set(url, { response, controller });
  }
  // What nobody took is cancelled: a request still waiting would hold a connection, and Chrome
  // makes a later request for the same URL wait behind it (the HTTP cache's lock per URL).
  const expiry = setTimeout(() => {
    for (const { controller } of sent.values()) controller.abort();
    sent.clear();
  }, TAKE_WITHIN_MS);
  return {
    take(request, signal) {
      const first = request.method === 'GET' ? sent.get(request.url) : undefined;
      if (!first) return undefined;
      sent.delete(request.url);
      if (sent.size === 0) clearTimeout(expiry);
      if (signal.aborted) first.controller.abort(signal.reason);
      signal.addEventListener('abort', () => first.controller.abort(signal.reason), { once: true });
      return first.response;
    },
  };
}
