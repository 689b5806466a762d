import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { ErrorState, formatDate, LoadingState, useMessages } from '@klinik/shared';
import type { AimDatabase } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { DatabaseTabs } from './DatabaseTabs.tsx';
import { UnknownDatabase } from './NotFound.tsx';
import { PageHeader, type Crumb } from './PageHeader.tsx';
import { useDatabase } from './useDatabase.ts';

interface DatabasePageProps {
  view: 'indicators' | 'patients';
  title(disease: string): string;
  crumbs?(database: AimDatabase): Crumb[];
  children(database: AimDatabase): ReactNode;
}

/** The frame of a database's views: the database from the URL, its heading, tabs and preparation notice. */
export function DatabasePage({ view, title, crumbs, children }: DatabasePageProps) {
  const t = useMessages(messages);
  const { id, databases, database } = useDatabase();
  if (!id) return <UnknownDatabase />;
  const disease = t.diseases[id];
  return (
    <Stack spacing={2}>
      <PageHeader title={title(disease)} crumbs={database && crumbs ? crumbs(database) : []}>
        <DatabaseTabs databaseId={id} current={view} />
      </PageHeader>
      {databases.isError ? (
        <ErrorState error={databases.error} onRetry={() => void databases.refetch()} />
      ) : !database ? (
        <LoadingState label={t.loading} />
      ) : (
        <>
          {database.status === 'in-preparation' && database.startsAt && (
            <Alert severity="info">{t.preparation(formatDate(database.startsAt))}</Alert>
          )}
          {children(database)}
        </>
      )}
    </Stack>
  );
}
