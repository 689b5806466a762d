import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState, ErrorState, LoadingState, useMessages } from '@klinik/shared';
import { useDatabases, usePatientAccess, useTransmissions } from '../api/queries.ts';
import { latestDelivery } from '../domain/transmissions.ts';
import { messages } from '../messages.ts';
import { DatabaseCard } from './DatabaseCard.tsx';
import { PageHeader } from './PageHeader.tsx';

/** The five databases at a glance: status, population, last and next transmission, last result. */
export function OverviewPage() {
  const t = useMessages(messages);
  const databases = useDatabases();
  const transmissions = useTransmissions();
  const patientAccess = usePatientAccess();
  return (
    <Stack spacing={3}>
      <PageHeader title={t.title} home>
        <Typography sx={{ maxWidth: '70ch' }}>{t.intro}</Typography>
      </PageHeader>
      {!patientAccess && <Alert severity="info">{t.aggregatedOnly}</Alert>}
      {databases.isError ? (
        <ErrorState error={databases.error} onRetry={() => void databases.refetch()} />
      ) : !databases.data ? (
        <LoadingState label={t.loading} />
      ) : databases.data.items.length === 0 ? (
        <EmptyState title={t.noDatabases} />
      ) : (
        <>
          {transmissions.isError && (
            <ErrorState error={transmissions.error} onRetry={() => void transmissions.refetch()} />
          )}
          <Box
            data-klinik-ready
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            {databases.data.items.map((database) => (
              <DatabaseCard
                key={database.id}
                database={database}
                lastDelivery={
                  transmissions.data ? latestDelivery(transmissions.data.items, database.id) : undefined
                }
              />
            ))}
          </Box>
        </>
      )}
    </Stack>
  );
}
