import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  can,
  ErrorState,
  LoadingState,
  ROLE_LABELS,
  useKlinik,
  useLocale,
  useMessages,
} from '@klinik/shared';
import {
  useClinicPatients,
  useFilterServiceCodes,
  useIcpcCodes,
  useMessageSettings,
  useTemplates,
} from '../api/queries.ts';
import { todayIso } from '../domain/age.ts';
import { indexedRecipients, indexRecipients, type RecipientIndex } from '../domain/recipients.ts';
import type { ClinicPatient } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { Composer } from './Composer.tsx';
import { useRestoredDraft } from './use-draft.ts';

/**
 * The recipient index of the list, built a slice at a time after the list arrives (see indexRecipients).
 * While a refetched list is indexed, the previous index stays, so the composer (and what is typed in
 * it) stays on screen.
 */
function useRecipientIndex(patients: readonly ClinicPatient[] | undefined, today: string, limit?: number) {
  const [last, setLast] = useState<RecipientIndex>();
  useEffect(() => {
    if (!patients || limit === undefined) return;
    let live = true;
    void indexRecipients(patients, today, limit).then((index) => live && setLast(index));
    return () => {
      live = false;
    };
  }, [patients, today, limit]);
  return (patients && limit !== undefined ? indexedRecipients(patients, today, limit) : undefined) ?? last;
}

/** "Ny besked": for the roles that may send, the composer once its data and the user's draft are in. */
export function ComposePage() {
  const t = useMessages(messages);
  const locale = useLocale();
  const { user } = useKlinik();
  if (!can(user.role, 'messages.send')) {
    return (
      <Alert severity="info">
        <AlertTitle>{t.readOnlyTitle}</AlertTitle>
        {t.readOnlyText(ROLE_LABELS[user.role][locale])}
        <div>
          <Button component={Link} to="historik" sx={{ mt: 1 }} variant="outlined" color="inherit">
            {t.openHistory}
          </Button>
        </div>
      </Alert>
    );
  }
  return <ComposeData />;
}

function ComposeData() {
  const t = useMessages(messages);
  const [today] = useState(() => todayIso());
  const patients = useClinicPatients();
  const settings = useMessageSettings();
  const index = useRecipientIndex(patients.data?.items, today, settings.data?.childAgeLimit);
  const icpc = useIcpcCodes();
  const services = useFilterServiceCodes();
  const templates = useTemplates();
  const { draft, lookup } = useRestoredDraft();
  const queries = [patients, settings, icpc, services, templates, ...(lookup ? [lookup] : [])];
  const failed = queries.find((q) => q.isError);
  if (failed)
    return (
      <ErrorState
        error={failed.error}
        onRetry={() => queries.forEach((q) => q.isError && void q.refetch())}
      />
    );
  if (!index || !settings.data || !icpc.data || !services.data || !templates.data)
    return <LoadingState label={t.loadingPatients} />;
  if (!draft) return <LoadingState label={t.loadingDraft} />;
  return (
    <Composer
      key={draft.id}
      draft={draft}
      index={index}
      today={today}
      settings={settings.data}
      icpcCodes={icpc.data}
      serviceCodes={services.data}
      templates={templates.data}
    />
  );
}
