import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readView, writeView, type ViewState } from '../domain/view.ts';

/** The view as the URL has it, a way to change it, and the search string of another view. */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => new Date(), []);
  const state = readView(params, today);
  const searchFor = (patch: Partial<ViewState>) => `?${writeView({ ...state, ...patch }, today).toString()}`;
  const update = (patch: Partial<ViewState>, options: { replace?: boolean } = {}) =>
    setParams(writeView({ ...state, ...patch }, today), { replace: options.replace ?? false });
  return { state, today, update, searchFor };
}
