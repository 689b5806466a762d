import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { useSearchState } from '@klinik/shared/routing';
import { readView, writeView, type ViewState } from '../domain/view.ts';

interface ViewStateApi {
  state: ViewState;
  today: Date;
  /** Writes a change to the URL; a new history entry unless `replace` (typing in the look-up). */
  update(patch: Partial<ViewState>, options?: { replace?: boolean }): void;
  /** The search string of another view, for links. */
  searchFor(patch: Partial<ViewState>): string;
}

const ViewStateContext = createContext<ViewStateApi | null>(null);
const LinkContext = createContext<ViewStateApi['searchFor'] | null>(null);

/**
 * The view as the URL has it, for the whole page from one place: a change is drawn in the same
 * frame as the input (the router follows a frame later), and the state is memoised on the search
 * string, so the router's catch-up render redraws nothing. Links to other views are given a
 * frame later (`useRuleSearch`), so a change does not wait for every code link in the tables.
 */
export function ViewStateProvider({ children }: { children: ReactNode }) {
  const [params, setParams] = useSearchState();
  const today = useMemo(() => new Date(), []);
  const search = params.toString();
  const state = useMemo(() => readView(new URLSearchParams(search), today), [search, today]);
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const update = useCallback<ViewStateApi['update']>(
    (patch, { replace = false } = {}) =>
      setParams(writeView({ ...latest.current, ...patch }, today), { replace }),
    [setParams, today],
  );
  const api = useMemo<ViewStateApi>(
    () => ({
      state,
      today,
      update,
      searchFor: (patch) => `?${writeView({ ...state, ...patch }, today).toString()}`,
    }),
    [state, today, update],
  );
  const links = useDeferredValue(api.searchFor);
  return (
    <ViewStateContext.Provider value={api}>
      <LinkContext.Provider value={links}>{children}</LinkContext.Provider>
    </ViewStateContext.Provider>
  );
}

export function useViewState(): ViewStateApi {
  const api = useContext(ViewStateContext);
  if (!api) throw new Error('useViewState outside ViewStateProvider');
  return api;
}

/** The search string of a code's rule in the look-up, the rest of the view kept (a frame late, see above). */
export function useRuleSearch(code: string): string {
  const searchFor = useContext(LinkContext);
  if (!searchFor) throw new Error('useRuleSearch outside ViewStateProvider');
  return searchFor({ view: 'opslag', rule: code });
}
