import Button from '@mui/material/Button';
import { styled } from '@mui/material/styles';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState, useMessages } from '@klinik/shared';
import { useSearchState } from '@klinik/shared/routing';
import {
  useClinicLocation,
  useGpClinics,
  usePostalCode,
  useSpecialists,
  useSpecialties,
} from '../api/queries.ts';
import { readFilters, writeFilters, type SearchFilters } from '../domain/filters.ts';
import { filterResults, rankPractices, type Practice } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { DetailDialog } from './DetailDialog.tsx';
import { FilterBar } from './FilterBar.tsx';
import { OriginField } from './OriginField.tsx';
import { ResultList } from './ResultList.tsx';
import { MAP_MARKERS, ResultMap } from './ResultMap.tsx';

/**
 * Memoised: MUI Tabs measures its indicator after every render, which forced a layout of the whole
 * page (about 15 ms) inside each keystroke.
 */
const SearchTabs = memo(function SearchTabs({
  tab,
  onChange,
}: {
  tab: SearchFilters['tab'];
  onChange(patch: Partial<SearchFilters>): void;
}) {
  const t = useMessages(messages);
  return (
    <Tabs
      value={tab}
      onChange={(_, next: SearchFilters['tab']) => onChange({ tab: next, selected: '' })}
      aria-label={t.tabs.label}
    >
      <Tab value="speciallaeger" label={t.tabs.specialists} />
      <Tab value="klinikker" label={t.tabs.clinics} />
    </Tabs>
  );
});

/** The page's layout as one stylesheet: it is drawn again on every keystroke. */
const Page = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(2),
  '& .count': { margin: `0 0 ${theme.spacing(1)}`, fontWeight: 600 },
  '& .results': { display: 'flex', flexDirection: 'column', gap: theme.spacing(2) },
  '& .list': { flexGrow: 1, minWidth: 0 },
  [theme.breakpoints.up('lg')]: {
    '& .results': { flexDirection: 'row-reverse', alignItems: 'flex-start' },
    '& .map': { width: 420, flexShrink: 0, position: 'sticky', top: 80 },
  },
}));

/** Søg speciallæge and Find klinik: one search over two registers, with the search in the URL. */
export function SearchPage() {
  const t = useMessages(messages);
  const [params, setParams] = useSearchState();
  // Stable between keystrokes, so the filter fields (memoised: many MUI inputs) are not drawn again.
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (patch: Partial<SearchFilters>) => setParams(writeFilters({ ...filters, ...patch })),
    [filters, setParams],
  );
  const changeOrigin = useCallback((fromPostalCode: string) => update({ fromPostalCode }), [update]);
  const select = useCallback((selected: string) => update({ selected }), [update]);
  // Typing filters from local state at once; the URL follows once per pause, so a keystroke costs
  // no navigation (the router, single-spa and the shell's navigation all react to a new address).
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => update({ text }), 300);
    return () => clearTimeout(timer);
  });
  const [detailId, setDetailId] = useState<string>();
  const closeDetails = useCallback(() => setDetailId(undefined), []);
  // Bumped by "Nulstil søgning" to clear the uncontrolled fields too.
  const [resets, setResets] = useState(0);

  const specialists = useSpecialists();
  const clinics = useGpClinics(filters.tab === 'klinikker');
  const specialties = useSpecialties();
  const location = useClinicLocation();
  const postal = usePostalCode(filters.fromPostalCode);
  const source = filters.tab === 'klinikker' ? clinics : specialists;

  const clinic = location.data?.clinic;
  const origin = postal.data?.geo ?? clinic?.geo;
  const originLabel = postal.data
    ? `${postal.data.postalCode} ${postal.data.city}`
    : clinic
      ? `${clinic.name}, ${clinic.address.city}`
      : '';
  // Ranked once per register, origin and sort; a keystroke only filters the ranking (about 1 ms for
  // 2,100), rendered in the same frame: deferring the list would cost the user a frame.
  const ranked = useMemo(
    () => (source.data && origin ? rankPractices<Practice>(source.data.items, origin, filters.sort) : []),
    [source.data, origin, filters.sort],
  );
  const searchKey = JSON.stringify({ ...filters, text });
  const results = useMemo(
    () => filterResults(ranked, JSON.parse(searchKey) as SearchFilters),
    [ranked, searchKey],
  );
  // The map follows at lower priority: a keystroke paints the count and the list first.
  const mapResults = useDeferredValue(results);
  const markers = useMemo(() => {
    const nearest = mapResults.slice(0, MAP_MARKERS);
    const chosen = mapResults.find((r) => r.practice.id === filters.selected);
    return chosen && !nearest.includes(chosen) ? [...nearest, chosen] : nearest;
  }, [mapResults, filters.selected]);
  const specialtyByCode = useMemo(
    () => new Map((specialties.data?.items ?? []).map((s) => [s.code, s])),
    [specialties.data],
  );
  const failed = [source, location, specialties].find((q) => q.isError);

  return (
    <Page>
      <Typography component="h1" variant="h4">
        {t.title}
      </Typography>
      <SearchTabs tab={filters.tab} onChange={update} />
      <FilterBar
        key={`filters-${resets}`}
        filters={filters}
        specialties={specialties.data?.items ?? []}
        onChange={update}
        onText={setText}
      />
      <OriginField
        key={`${filters.tab}-${resets}`}
        postalCode={filters.fromPostalCode}
        town={postal.data ? postal.data.city : postal.isError ? null : undefined}
        onChange={changeOrigin}
      />
      {failed ? (
        <ErrorState
          error={failed.error}
          onRetry={() => [source, location, specialties].forEach((q) => q.isError && void q.refetch())}
        />
      ) : !source.data || !origin ? (
        <LoadingState label={t.loading} />
      ) : (
        <div data-klinik-ready>
          <p role="status" className="count">
            {t.results(results.length)}
          </p>
          {results.length === 0 ? (
            <EmptyState
              title={t.emptyTitle}
              action={
                <Button
                  onClick={() => {
                    setParams(new URLSearchParams(filters.tab === 'klinikker' ? { fane: 'klinikker' } : {}));
                    setText('');
                    setResets((n) => n + 1);
                  }}
                >
                  {t.resetFilters}
                </Button>
              }
            >
              {t.emptyText}
            </EmptyState>
          ) : (
            <div className="results">
              <div className="map">
                <ResultMap
                  results={markers}
                  origin={origin}
                  originLabel={originLabel}
                  selected={filters.selected}
                  onSelect={select}
                />
              </div>
              <div className="list">
                <ResultList
                  results={results}
                  specialties={specialtyByCode}
                  selected={filters.selected}
                  onSelect={select}
                  onDetails={setDetailId}
                />
              </div>
            </div>
          )}
        </div>
      )}
      {origin && (
        <DetailDialog
          result={results.find((r) => r.practice.id === detailId)}
          origin={origin}
          originLabel={originLabel}
          onClose={closeDetails}
        />
      )}
    </Page>
  );
}
