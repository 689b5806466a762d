import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  EmptyState,
  ErrorState,
  formatCpr,
  formatDateTime,
  LoadingState,
  maskCpr,
  useKlinik,
  useMessages,
} from '@klinik/shared';
import { afterPaint, useSearchState } from '@klinik/shared/routing';
import { useAppointments } from '../api/queries.ts';
import { filterAppointments, readFilters, writeFilters, type AppointmentFilters } from '../domain/filters.ts';
import { rememberedFilters } from '../domain/remembered-filters.ts';
import { messages } from '../messages.ts';
import { AppointmentTable } from './AppointmentTable.tsx';
import { CprLookup } from './CprLookup.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { SebAccess } from './SebAccess.tsx';
import { Timeline } from './Timeline.tsx';

const PAGE = 100;

/** The print view: controls hidden, the print header shown (the shell hides its own frame). */
const PRINT_LAYOUT = {
  '@media print': { '& .no-print': { display: 'none' } },
  '@media screen': { '& .print-only': { display: 'none' } },
};

/** One patient's appointments across sectors, filtered as the clinic asked; the filter lives in the URL. */
export function AppointmentsPage() {
  const t = useMessages(messages);
  const { user, patient } = useKlinik();
  const [cpr, setCpr] = useState(patient?.cpr);
  const [params, setParams] = useSearchState();
  const [fullCpr, setFullCpr] = useState(false);
  const [clears, setClears] = useState(0);
  // The timeline draws its first 100 appointments until asked for all; the table draws what is in view.
  const [shown, setShown] = useState(PAGE);
  const [printing, setPrinting] = useState(false);
  const appointments = useAppointments(user.sundhedsId ? cpr : undefined);
  // Stable while the router catches up with the address, so the table and filters (memoised) are
  // drawn once per change, not again when the router's own update arrives.
  const search = params.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const timeline = params.get('visning') === 'tidslinje';

  const setSearch = useCallback(
    (next: URLSearchParams) => {
      setParams(next);
      if (cpr) afterPaint(() => rememberedFilters.write(cpr, next.toString()));
    },
    [setParams, cpr],
  );
  // Stable, so the memoised filter controls redraw only when their own value changes.
  const latest = useRef({ filters, timeline });
  useLayoutEffect(() => {
    latest.current = { filters, timeline };
  });
  const update = useCallback(
    (patch: Partial<AppointmentFilters> | ((current: AppointmentFilters) => Partial<AppointmentFilters>)) => {
      const { filters: current, timeline: inTimeline } = latest.current;
      const next = writeFilters({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
      if (inTimeline) next.set('visning', 'tidslinje');
      setSearch(next);
    },
    [setSearch],
  );
  const clear = useCallback(() => {
    setSearch(new URLSearchParams(timeline ? { visning: 'tidslinje' } : {}));
    setClears((n) => n + 1);
  }, [setSearch, timeline]);
  const sortBy = useCallback(
    (sort: AppointmentFilters['sort']) =>
      update((current) => ({ sort, descending: current.sort === sort ? !current.descending : false })),
    [update],
  );

  // Printing gives the patient the whole filtered overview, not the part in view.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  // Opening a patient without a filter in the URL brings back the filter used for them in this tab.
  useEffect(() => {
    if (!cpr || window.location.search) return;
    const remembered = rememberedFilters.read(cpr);
    if (remembered) setParams(new URLSearchParams(remembered));
  }, [cpr, setParams]);

  const now = useMemo(() => new Date(), []);
  const result = useMemo(
    () => (appointments.data ? filterAppointments(appointments.data.items, filters, now) : undefined),
    [appointments.data, filters, now],
  );
  const timelineRows = useMemo(
    () => (printing ? result?.rows : result?.rows.slice(0, shown)) ?? [],
    [result, shown, printing],
  );
  const organisations = useMemo(
    () => [...new Set(appointments.data?.items.map((a) => a.organisation))].sort(),
    [appointments.data],
  );

  if (!user.sundhedsId) {
    return (
      <Stack spacing={2}>
        <Typography component="h1" variant="h4">
          {t.title}
        </Typography>
        <SebAccess />
      </Stack>
    );
  }
  const data = appointments.data;
  return (
    <Stack spacing={2} sx={PRINT_LAYOUT}>
      <Typography component="h1" variant="h4">
        {data ? t.printTitle(data.patient.name) : t.title}
      </Typography>
      {!cpr ? (
        <>
          <Typography>{t.intro}</Typography>
          <CprLookup onLookup={setCpr} />
        </>
      ) : appointments.isError ? (
        <ErrorState error={appointments.error} onRetry={() => void appointments.refetch()} />
      ) : !data || !result ? (
        <LoadingState label={t.loading} />
      ) : (
        <Stack spacing={2} data-klinik-ready>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 1 }}>
            <Typography component="p" variant="h6" data-testid="patient-heading">
              {t.patientHeading(
                data.patient.name,
                fullCpr ? formatCpr(data.patient.cpr) : maskCpr(data.patient.cpr),
                data.patient.age,
              )}
            </Typography>
            <Button className="no-print" onClick={() => setCpr(undefined)}>
              {t.lookupOther}
            </Button>
          </Stack>
          <Typography className="print-only" variant="body2">
            {t.printedAt(
              formatDateTime(new Date()),
              `${t.periods[filters.period]}${filters.sectors.length ? ` · ${filters.sectors.map((s) => t.sectors[s]).join(', ')}` : ''}`,
            )}
          </Typography>
          <FilterPanel
            key={clears}
            filters={filters}
            organisations={organisations}
            countBySector={result.countBySector}
            onChange={update}
            onClear={clear}
          />
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            className="no-print"
            sx={{ alignItems: { sm: 'center' } }}
          >
            <Typography role="status" sx={{ fontWeight: 600 }}>
              {t.count(result.rows.length, data.items.length)}
            </Typography>
            <ToggleButtonGroup
              exclusive
              size="small"
              aria-label={t.view}
              value={timeline ? 'tidslinje' : 'tabel'}
              onChange={(_, view: string | null) => {
                const next = new URLSearchParams(params);
                if (view === 'tidslinje') next.set('visning', 'tidslinje');
                else next.delete('visning');
                setSearch(next);
              }}
            >
              <ToggleButton value="tabel">{t.table}</ToggleButton>
              <ToggleButton value="tidslinje">{t.timeline}</ToggleButton>
            </ToggleButtonGroup>
            <FormControlLabel
              control={<Checkbox checked={fullCpr} onChange={(e) => setFullCpr(e.target.checked)} />}
              label={t.showFullCpr}
            />
            <Button variant="outlined" onClick={() => window.print()}>
              {t.print}
            </Button>
          </Stack>
          {result.rows.length === 0 ? (
            <EmptyState title={t.emptyTitle}>
              {data.items.length === 0 ? t.emptyNone : t.emptyFiltered}
            </EmptyState>
          ) : timeline ? (
            <Timeline rows={timelineRows} />
          ) : (
            <AppointmentTable rows={result.rows} filters={filters} onSort={sortBy} printing={printing} />
          )}
          {timeline && result.rows.length > shown && (
            <Button
              variant="outlined"
              className="no-print"
              sx={{ alignSelf: 'start' }}
              onClick={() => setShown(result.rows.length)}
            >
              {t.showAll(result.rows.length)}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
