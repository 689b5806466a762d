import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatDate, formatDateTime, formatNumber, useMessages } from '@klinik/shared';
import { usePatientAccess } from '../api/queries.ts';
import type { AimDatabase, RecordStatus, Transmission } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { RejectionReasons } from './RejectionReasons.tsx';
import { DatabaseStatusChip, RecordStatusChip, TransmissionStatusChip } from './StatusChip.tsx';

const STATUSES: RecordStatus[] = ['ready', 'missing-data', 'out-of-date'];

interface DatabaseCardProps {
  database: AimDatabase;
  /** Both receivers' answers to the latest delivery; undefined while the log loads or if it failed. */
  lastDelivery: Transmission[] | undefined;
}

export function DatabaseCard({ database, lastDelivery }: DatabaseCardProps) {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess();
  const disease = t.diseases[database.id];
  const headingId = `aim-db-${database.id}`;
  const last = database.lastTransmission;
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2.5 }}>
      <Stack spacing={1.5}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'start', gap: 1 }}>
          <div>
            <Typography id={headingId} component="h2" variant="h5">
              {disease}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {database.name} ({database.shortName}) · {t.icpc(database.icpcCodes.join(', '))}
            </Typography>
          </div>
          <DatabaseStatusChip status={database.status} />
        </Stack>
        {database.status === 'in-preparation' && database.startsAt && (
          <Typography variant="body2">{t.preparation(formatDate(database.startsAt))}</Typography>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography sx={{ fontWeight: 700, fontSize: '1.25rem' }} data-testid={`population-${database.id}`}>
            {t.populationCount(formatNumber(database.populationCount))}
          </Typography>
          {STATUSES.map((status) => (
            <RecordStatusChip key={status} status={status} count={database.statusCounts[status]} />
          ))}
        </Stack>
        <Divider />
        <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {t.lastTransmission}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {last ? formatDateTime(last.sentAt) : t.noTransmissionYet}
          </Typography>
          <Typography component="dt" variant="body2" color="text.secondary">
            {database.status === 'in-preparation' ? t.firstTransmission : t.nextTransmission}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {database.nextTransmissionAt ? formatDateTime(database.nextTransmissionAt) : '–'}
          </Typography>
        </dl>
        {lastDelivery?.map((transmission) => (
          <Stack key={transmission.id} spacing={0.5}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600, minWidth: '12ch' }}>
                {t.receivers[transmission.receiver]}
              </Typography>
              <TransmissionStatusChip status={transmission.status} />
              <Typography variant="body2">
                {t.accepted(formatNumber(transmission.acceptedCount), formatNumber(transmission.recordCount))}
                {transmission.rejectedCount > 0 && ` · ${t.rejectedRecords(transmission.rejectedCount)}`}
              </Typography>
            </Stack>
            <RejectionReasons transmission={transmission} compact />
          </Stack>
        ))}
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, pt: 0.5 }}>
          <Button variant="contained" component={RouterLink} to={`/${database.id}`}>
            {t.openIndicators(disease)}
          </Button>
          {patientAccess && (
            <Button variant="outlined" component={RouterLink} to={`/${database.id}/patienter`}>
              {t.openPatients(disease)}
            </Button>
          )}
          {database.status === 'active' && (
            <Button component={RouterLink} to={`/indberetninger?database=${database.id}`}>
              {t.transmissions}
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
