import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, useMessages } from '@klinik/shared';
import { useIndicators, usePatientAccess, usePatients } from '../api/queries.ts';
import { todayUtc } from '../domain/dates.ts';
import { computeIndicators, latestPoint } from '../domain/indicators.ts';
import type { AimDatabase } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { DatabasePage } from './DatabasePage.tsx';
import { indicatorLabel } from './format.ts';
import { IndicatorSummaryTable } from './IndicatorSummaryTable.tsx';
import { IndicatorTrend } from './IndicatorTrend.tsx';

export function IndicatorsPage() {
  const t = useMessages(messages);
  return (
    <DatabasePage view="indicators" title={t.indicatorsTitle}>
      {(database) => <Indicators database={database} />}
    </DatabasePage>
  );
}

/** The indicators of one database: the latest quarter for all, then one over time (chosen in the URL). */
function Indicators({ database }: { database: AimDatabase }) {
  const t = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const indicators = useIndicators(database.id);
  const patientAccess = usePatientAccess();
  const patients = usePatients(database.id);
  const computed = useMemo(
    () =>
      indicators.data && patients.data
        ? computeIndicators(indicators.data.items, patients.data.items, todayUtc())
        : undefined,
    [indicators.data, patients.data],
  );

  if (indicators.isError)
    return <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />;
  if (!indicators.data) return <LoadingState label={t.loading} />;
  const items = indicators.data.items;
  const latest = items.map(latestPoint).find(Boolean);
  const selected = items.find((i) => i.id === params.get('indikator')) ?? items[0];
  return (
    <Stack spacing={3} data-klinik-ready>
      {!latest && (
        <EmptyState title={t.noFigures}>{patientAccess ? t.noFiguresText : t.noFiguresNoAccess}</EmptyState>
      )}
      {patients.isError && <ErrorState error={patients.error} onRetry={() => void patients.refetch()} />}
      {(latest || patientAccess) && (
        <Stack spacing={1}>
          <IndicatorSummaryTable
            indicators={items}
            showComputed={patientAccess}
            computed={computed}
            caption={latest ? t.latestCaption(latest.period) : t.noFiguresCaption}
          />
          {patientAccess && (
            <Typography variant="body2" color="text.secondary">
              {t.computedHint}
            </Typography>
          )}
        </Stack>
      )}
      {latest && selected && (
        <Paper component="section" variant="outlined" aria-labelledby="aim-trend" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 2 }}>
              <Typography id="aim-trend" component="h2" variant="h6">
                {t.trendTitle(selected.name)}
              </Typography>
              <TextField
                select
                slotProps={{ select: { native: true } }}
                id="aim-indicator"
                label={t.chooseIndicator}
                value={selected.id}
                onChange={(e) => {
                  const next = new URLSearchParams(params);
                  next.set('indikator', e.target.value);
                  setParams(next, { replace: true });
                }}
                sx={{ minWidth: 280 }}
              >
                {items.map((indicator) => (
                  <option key={indicator.id} value={indicator.id}>
                    {indicatorLabel(indicator)}
                  </option>
                ))}
              </TextField>
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {selected.description}
            </Typography>
            <IndicatorTrend indicator={selected} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
