import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { searchPractices, type Practice } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { DetailDialog } from './DetailDialog.tsx';
import { FilterBar } from './FilterBar.tsx';
import { OriginField } from './OriginField.tsx';
import { ResultList } from './ResultList.tsx';
import { ResultMap } from './ResultMap.tsx';

const MAP_MARKERS = 50;

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
  // Typing filters from local state at once; the URL follows once per pause, so a keystroke costs
  // no navigation (the router, single-spa and the shell's navigation all react to a new address).
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => update({ text }), 300);
    return () => clearTimeout(timer);
  });
  const [detailId, setDetailId] = useState<string>();
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
  // Filtering 2,100 practices takes ~2 ms; rendering in the same frame is faster than deferring it
  // (measured: p95 50 ms against 107 ms with useDeferredValue, which waits a frame).
  const searchKey = JSON.stringify({ ...filters, text });
  const results = useMemo(
    () =>
      source.data && origin
        ? searchPractices<Practice>(source.data.items, JSON.parse(searchKey) as SearchFilters, origin)
        : [],
    [source.data, origin, searchKey],
  );
  const specialtyByCode = useMemo(
    () => new Map((specialties.data?.items ?? []).map((s) => [s.code, s])),
    [specialties.data],
  );
  const failed = [source, location, specialties].find((q) => q.isError);

  return (
    <Stack spacing={2}>
      <Typography component="h1" variant="h4">
        {t.title}
      </Typography>
      <Tabs
        value={filters.tab}
        onChange={(_, tab: SearchFilters['tab']) => update({ tab, selected: '' })}
        aria-label={t.tabs.label}
      >
        <Tab value="speciallaeger" label={t.tabs.specialists} />
        <Tab value="klinikker" label={t.tabs.clinics} />
      </Tabs>
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
        <Box data-klinik-ready>
          <Typography role="status" sx={{ mb: 1, fontWeight: 600 }}>
            {t.results(results.length)}
          </Typography>
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
            <Stack
              direction={{ xs: 'column', lg: 'row-reverse' }}
              spacing={2}
              sx={{ alignItems: 'flex-start' }}
            >
              <Box
                sx={{
                  width: { xs: '100%', lg: 420 },
                  flexShrink: 0,
                  position: { lg: 'sticky' },
                  top: { lg: 80 },
                }}
              >
                <ResultMap
                  results={results.slice(0, MAP_MARKERS)}
                  origin={origin}
                  originLabel={originLabel}
                  selected={filters.selected}
                  onSelect={(selected) => update({ selected })}
                />
              </Box>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <ResultList
                  results={results}
                  specialties={specialtyByCode}
                  selected={filters.selected}
                  onSelect={(selected) => update({ selected })}
                  onDetails={setDetailId}
                />
              </Box>
            </Stack>
          )}
        </Box>
      )}
      <DetailDialog
        practice={results.find((r) => r.practice.id === detailId)?.practice}
        onClose={() => setDetailId(undefined)}
      />
    </Stack>
  );
}
