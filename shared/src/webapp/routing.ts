/**
 * @klinik/shared/routing: the webapp hooks that need react-router, a shared module of their own so the
 * shell does not load react-router before the first webapp mounts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

interface Pending {
  next: URLSearchParams;
  /** The addresses the router may still show while it catches up: where it was, and every write since. */
  catchingUp: string[];
}

/**
 * The URL's search params as a screen's state, applied at once. The router renders URL changes in a
 * transition, a frame or more after the input; with this the screen renders the params it asked for
 * in the same frame as the input, and the URL follows. Back, forward and links still win: an address
 * the screen did not write replaces what it asked for. A write replaces the history entry unless
 * `{ replace: false }` asks for a new one (a new view the back button should return from).
 */
export function useSearchState(): [
  URLSearchParams,
  (next: URLSearchParams, options?: { replace?: boolean }) => void,
] {
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<Pending | null>(null);
  const url = params.toString();
  if (pending && (url === pending.next.toString() || !pending.catchingUp.includes(url))) setPending(null);
  // Stable for the screen's lifetime, so callbacks built on it let memoised children skip a render.
  const latest = useRef({ url, setParams });
  useEffect(() => {
    latest.current = { url, setParams };
  });
  const set = useCallback((next: URLSearchParams, { replace = true }: { replace?: boolean } = {}) => {
    const { url: current, setParams: write } = latest.current;
    setPending((last) => ({ next, catchingUp: [...(last?.catchingUp ?? [current]), next.toString()] }));
    write(next, { replace });
  }, []);
  return [pending?.next ?? params, set];
}
