import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, formatDateTime, LoadingState, maskCpr, useMessages } from '@klinik/shared';
import { usePatientAccess, useRecord } from '../api/queries.ts';
import { splitByReceiver } from '../domain/receivers.ts';
import { RECEIVERS, type AimDatabase, type Receiver } from '../domain/types.ts';
import { readRecordReceiver } from '../domain/view-state.ts';
import { messages } from '../messages.ts';
import { DatabasePage } from './DatabasePage.tsx';
import { RecordTable } from './RecordTable.tsx';
import { RecordStatusChip } from './StatusChip.tsx';

export function RecordPage() {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess();
  return (
    <DatabasePage
      view="patients"
      title={() => t.recordTitle}
      crumbs={(database) => [
        { label: t.patientsTitle(t.diseases[database.id]), to: `/${database.id}/patienter` },
      ]}
    >
      {(database) =>
        patientAccess ? (
          <Record database={database} />
        ) : (
          <EmptyState title={t.noAccessTitle}>{t.noAccessText}</EmptyState>
        )
      }
    </DatabasePage>
  );
}

/** Exactly what the next transmission sends for one patient, per receiver, and what would be rejected today. */
function Record({ database }: { database: AimDatabase }) {
  const t = useMessages(messages);
  const { cpr = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const receiver = readRecordReceiver(params);
  const record = useRecord(database.id, cpr);
  const back = (
    <Button component={RouterLink} to={`/${database.id}/patienter`} sx={{ alignSelf: 'start' }}>
      {t.backToList}
    </Button>
  );
  if (record.isError)
    return (
      <Stack spacing={2}>
        <ErrorState title={t.recordError} error={record.error} onRetry={() => void record.refetch()} />
        {back}
      </Stack>
    );
  if (!record.data) return <LoadingState label={t.loadingRecord} />;
  const { patient, validation, nextTransmissionAt } = record.data;
  const split = splitByReceiver(record.data);
  const names = (elements: { name: string }[]) => elements.map((e) => e.name).join(', ');
  return (
    <Stack spacing={2} data-klinik-ready>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack spacing={0.75}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography component="h2" variant="h6" data-testid="record-patient">
              {t.patientHeading(patient.name, maskCpr(patient.cpr), patient.age, t.sex[patient.sex])}
            </Typography>
            <RecordStatusChip status={record.data.status} />
          </Stack>
          <Typography variant="body2">{t.includedBecause(patient.includedBecause)}</Typography>
          {patient.lastReportedAt && (
            <Typography variant="body2">{t.lastReported(formatDateTime(patient.lastReportedAt))}</Typography>
          )}
          {nextTransmissionAt && (
            <Typography variant="body2">{t.sentAt(formatDateTime(nextTransmissionAt))}</Typography>
          )}
        </Stack>
      </Paper>
      <Alert severity={validation.length ? 'warning' : 'success'}>
        <AlertTitle>{validation.length ? t.validationTitle : t.validationNone}</AlertTitle>
        {validation.length > 0 && (
          <>
            <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {validation.map((v) => (
                <li key={`${v.code}${v.elementId ?? ''}`}>
                  <strong>{v.code}</strong> {v.text}
                </li>
              ))}
            </ul>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t.fixInLps}
            </Typography>
          </>
        )}
      </Alert>
      <Stack spacing={0.5}>
        {split.both.length > 0 && <Typography variant="body2">{t.toBoth(names(split.both))}</Typography>}
        {RECEIVERS.map(
          (r) =>
            split.only[r].length > 0 && (
              <Typography variant="body2" key={r}>
                {t.onlyTo(t.receivers[r], names(split.only[r]))}
              </Typography>
            ),
        )}
      </Stack>
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-label={t.receiverLabel}
        value={receiver}
        onChange={(_, next: Receiver | null) => {
          if (!next) return;
          const search = new URLSearchParams(params);
          search.set('modtager', next.toLowerCase());
          setParams(search, { replace: true });
        }}
      >
        {RECEIVERS.map((r) => (
          <ToggleButton key={r} value={r}>
            {t.receivers[r]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <RecordTable
        record={record.data}
        receiver={receiver}
        nextTransmission={nextTransmissionAt?.slice(0, 10)}
      />
      {back}
    </Stack>
  );
}
