/**
 * @klinik/shared/routing: the webapp hooks that need react-router, a shared module of their own so the
 * shell does not load react-router before the first webapp mounts.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

interface Pending {
  next: URLSearchParams;
  /** The addresses the router may still show while it catches up: where it was, and every one asked for since. */
  catchingUp: string[];
}

/**
 * Runs `task` once the current frame is painted: for bookkeeping that must not delay what the user
 * sees (writing the address, session storage). Returns a cancel function.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The URL's search params as a screen's state, applied at once. The screen renders the params it
 * asked for in the same frame as the input; the address follows after that frame is painted, since
 * writing it (history, single-spa's popstate, the router's own render) costs more than drawing the
 * change. Quick changes write the address once. Back, forward and links still win: an address the
 * screen did not write replaces what it asked for, and drops a write not yet made. A write replaces
 * the history entry unless `{ replace: false }` asks for a new one (a new view the back button
 * should return from).
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
  // Updated in the commit (not after it), so an input right after the router's update sees it.
  const latest = useRef({ url, setParams, pending });
  // Every address asked for since the router last caught up. The router renders its updates in a
  // transition, which an input can overtake, so a render may show any of them.
  const asked = useRef(new Set<string>());
  useLayoutEffect(() => {
    latest.current = { url, setParams, pending };
    if (!pending) asked.current.clear();
  });
  const queued = useRef<{ cancel(): void; push: boolean }>(undefined);
  useEffect(() => () => queued.current?.cancel(), []);
  const set = useCallback((next: URLSearchParams, { replace = true }: { replace?: boolean } = {}) => {
    asked.current.add(next.toString());
    setPending((last) => ({
      next,
      catchingUp: [...(last?.catchingUp ?? [latest.current.url]), ...asked.current],
    }));
    // One write for the changes of a frame; a new history entry if any of them asked for one.
    const push = !replace || Boolean(queued.current?.push);
    queued.current?.cancel();
    queued.current = {
      push,
      cancel: afterPaint(() => {
        queued.current = undefined;
        const { pending: waiting, setParams: write } = latest.current;
        if (waiting) write(waiting.next, { replace: !push });
      }),
    };
  }, []);
  return [pending?.next ?? params, set];
}
