import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { EmptyState, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { PageHeader } from './PageHeader.tsx';

/** A database id in the URL that AIM does not know (an old bookmark or a typo). */
export function UnknownDatabase() {
  const t = useMessages(messages);
  return (
    <PageHeader title={t.unknownDatabase}>
      <EmptyState
        title={t.unknownDatabase}
        action={
          <Button variant="contained" component={RouterLink} to="/">
            {t.overview}
          </Button>
        }
      >
        {t.unknownDatabaseText}
      </EmptyState>
    </PageHeader>
  );
}
