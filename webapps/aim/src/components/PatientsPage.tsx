import Alert from '@mui/material/Alert';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo } from 'react';
import {
  EmptyState,
  ErrorState,
  formatDateTime,
  formatNumber,
  LoadingState,
  useMessages,
} from '@klinik/shared';
import { useSearchState } from '@klinik/shared/routing';
import { usePatientAccess, usePatients } from '../api/queries.ts';
import { todayUtc } from '../domain/dates.ts';
import {
  countByFilter,
  filterRows,
  pageOf,
  patientRows,
  PATIENT_FILTERS,
  type PatientFilter,
} from '../domain/patients.ts';
import { agreesWithOverview, summarisePopulation } from '../domain/population.ts';
import type { AimDatabase } from '../domain/types.ts';
import { readPatientView, writePatientView } from '../domain/view-state.ts';
import { messages } from '../messages.ts';
import { DatabasePage } from './DatabasePage.tsx';
import { PatientTable } from './PatientTable.tsx';

const FOCUS_OUTLINE = {
  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
} as const;

export function PatientsPage() {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess();
  return (
    <DatabasePage view="patients" title={t.patientsTitle}>
      {(database) =>
        patientAccess ? (
          <Patients database={database} />
        ) : (
          <EmptyState title={t.noAccessTitle}>{t.noAccessText}</EmptyState>
        )
      }
    </DatabasePage>
  );
}

/** The patients behind the numbers, with what to fix before the next transmission; filter and page in the URL. */
function Patients({ database }: { database: AimDatabase }) {
  const t = useMessages(messages);
  // Applied in the same frame as the press (the router's own update comes a frame later).
  const [params, setParams] = useSearchState();
  const search = params.toString();
  const view = useMemo(() => readPatientView(new URLSearchParams(search)), [search]);
  const patients = usePatients(database.id);
  const next = database.nextTransmissionAt?.slice(0, 10);
  const rows = useMemo(
    () => (patients.data ? patientRows(patients.data.items, todayUtc(), next) : undefined),
    [patients.data, next],
  );
  const counts = useMemo(() => (rows ? countByFilter(rows) : undefined), [rows]);
  const agrees = useMemo(
    () => (patients.data ? agreesWithOverview(database, summarisePopulation(patients.data.items)) : true),
    [patients.data, database],
  );
  const setView = useCallback(
    (filter: PatientFilter, page: number) => setParams(writePatientView({ filter, page })),
    [setParams],
  );
  // Memoised on the URL's filter and page, so the router's catch-up render redraws no rows.
  const filtered = useMemo(() => (rows ? filterRows(rows, view.filter) : []), [rows, view.filter]);
  const page = useMemo(() => pageOf(filtered, view.page), [filtered, view.page]);

  if (patients.isError) return <ErrorState error={patients.error} onRetry={() => void patients.refetch()} />;
  if (!rows || !counts) return <LoadingState label={t.loadingPatients} />;
  if (rows.length === 0) return <EmptyState title={t.noPatients}>{t.noPatientsText}</EmptyState>;
  const disease = t.diseases[database.id];
  return (
    <Stack spacing={2} data-klinik-ready>
      {!agrees && <Alert severity="warning">{t.populationDiffers}</Alert>}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          aria-label={t.filterLabel}
          value={view.filter}
          onChange={(_, filter: PatientFilter | null) => filter && setView(filter, 1)}
          sx={{ flexWrap: 'wrap' }}
        >
          {PATIENT_FILTERS.map((filter) => (
            // No ripple (the list must redraw within a frame); focus gets an outline instead.
            <ToggleButton
              key={filter}
              value={filter}
              id={`aim-filter-${filter}`}
              disableRipple
              sx={FOCUS_OUTLINE}
            >
              {t.filterCount(t.filters[filter], formatNumber(counts[filter]))}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Typography role="status" sx={{ fontWeight: 600 }}>
          {t.patientCount(formatNumber(filtered.length), formatNumber(rows.length))}
        </Typography>
      </Stack>
      {database.nextTransmissionAt && (
        <Typography variant="body2" color="text.secondary">
          {t.nextTransmissionIs(formatDateTime(database.nextTransmissionAt))} · {t.fixInLps}
        </Typography>
      )}
      {filtered.length === 0 ? (
        <EmptyState title={t.noMatches}>{t.noMatchesText}</EmptyState>
      ) : (
        <>
          <PatientTable databaseId={database.id} rows={page.items} caption={t.patientTable(disease)} />
          {page.pages > 1 && (
            <Pagination
              count={page.pages}
              page={page.page}
              onChange={(_, p) => setView(view.filter, p)}
              aria-label={t.pages}
              color="primary"
            />
          )}
        </>
      )}
    </Stack>
  );
}
