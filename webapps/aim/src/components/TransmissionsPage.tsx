import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, formatNumber, LoadingState, useMessages } from '@klinik/shared';
import { useTransmissions } from '../api/queries.ts';
import { filterTransmissions, type TransmissionFilters } from '../domain/transmissions.ts';
import { DATABASE_IDS, isDatabaseId, RECEIVERS, type Receiver } from '../domain/types.ts';
import { readTransmissionFilters, writeTransmissionFilters } from '../domain/view-state.ts';
import { messages } from '../messages.ts';
import { DatabaseTabs } from './DatabaseTabs.tsx';
import { PageHeader } from './PageHeader.tsx';
import { TransmissionTable } from './TransmissionTable.tsx';

// Native selects whose first option is "all" (an empty value): the label must stay above it.
const SELECT = {
  select: true,
  slotProps: { select: { native: true }, inputLabel: { shrink: true } },
} as const;

/** The transmission log: what was sent, when, to whom, the result, and why records were rejected. */
export function TransmissionsPage() {
  const t = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const filters = readTransmissionFilters(params);
  const transmissions = useTransmissions();
  const update = (patch: Partial<TransmissionFilters>) =>
    setParams(writeTransmissionFilters({ ...filters, ...patch }), { replace: true });
  const all = transmissions.data?.items ?? [];
  const shown = filterTransmissions(all, filters);
  return (
    <Stack spacing={2}>
      <PageHeader
        title={t.transmissionsTitle}
        crumbs={
          filters.databaseId ? [{ label: t.diseases[filters.databaseId], to: `/${filters.databaseId}` }] : []
        }
      >
        {filters.databaseId && <DatabaseTabs databaseId={filters.databaseId} current="transmissions" />}
        <Typography sx={{ maxWidth: '70ch' }}>{t.transmissionsIntro}</Typography>
      </PageHeader>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <TextField
          {...SELECT}
          id="aim-log-database"
          label={t.database}
          value={filters.databaseId ?? ''}
          onChange={(e) => update({ databaseId: isDatabaseId(e.target.value) ? e.target.value : undefined })}
          sx={{ minWidth: 200 }}
        >
          <option value="">{t.allDatabases}</option>
          {DATABASE_IDS.map((id) => (
            <option key={id} value={id}>
              {t.diseases[id]}
            </option>
          ))}
        </TextField>
        <TextField
          {...SELECT}
          id="aim-log-receiver"
          label={t.receiver}
          value={filters.receiver ?? ''}
          onChange={(e) =>
            update({ receiver: RECEIVERS.find((r) => r === e.target.value) as Receiver | undefined })
          }
          sx={{ minWidth: 220 }}
        >
          <option value="">{t.allReceivers}</option>
          {RECEIVERS.map((r) => (
            <option key={r} value={r}>
              {t.receivers[r]}
            </option>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Checkbox
              checked={filters.rejectedOnly}
              onChange={(e) => update({ rejectedOnly: e.target.checked })}
            />
          }
          label={t.rejectedOnly}
        />
        {transmissions.data && (
          <Typography role="status" sx={{ fontWeight: 600 }}>
            {t.transmissionCount(formatNumber(shown.length), formatNumber(all.length))}
          </Typography>
        )}
      </Stack>
      {transmissions.isError ? (
        <ErrorState error={transmissions.error} onRetry={() => void transmissions.refetch()} />
      ) : !transmissions.data ? (
        <LoadingState label={t.loadingTransmissions} />
      ) : shown.length === 0 ? (
        <EmptyState
          title={t.noTransmissions}
          action={
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t.clearFilters}
            </Button>
          }
        >
          {t.noTransmissionsText}
        </EmptyState>
      ) : (
        <TransmissionTable transmissions={shown} />
      )}
    </Stack>
  );
}
