import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  can,
  EmptyState,
  ErrorState,
  formatDateTime,
  LoadingState,
  ROLE_LABELS,
  toApiError,
  useKlinik,
  useLocale,
  useMessages,
} from '@klinik/shared';
import { useMessage } from '../api/queries.ts';
import { todayIso } from '../domain/age.ts';
import { newDraftId } from '../domain/draft-storage.ts';
import { filterToForm, writeFilterForm } from '../domain/filter-form.ts';
import type { Message } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { reachableOf } from '../sending/send-manager.ts';
import { useClinicSends } from '../sending/use-sends.ts';
import { DeliveryReport } from './DeliveryReport.tsx';
import { describeFilter } from './filter-summary.ts';
import { MinLaegePreview } from './MinLaegePreview.tsx';
import { SendProgress } from './SendProgress.tsx';
import { StatusChip } from './StatusChip.tsx';
import { useDraftStorage } from './use-draft.ts';

/** One message: what was sent, to whom, its live progress while sending, and who did not receive it. */
export function MessagePage() {
  const t = useMessages(messages);
  const { messageId = '' } = useParams();
  const { clinic } = useKlinik();
  const { manager, sends } = useClinicSends();
  const send = sends.find((s) => s.messageId === messageId);
  const sending = Boolean(send && send.phase !== 'done');
  const message = useMessage(messageId, sending);
  const { refetch } = message;
  // When this browser's send finishes, fetch the final report once.
  useEffect(() => {
    if (send?.phase === 'done') void refetch();
  }, [send?.phase, refetch]);

  const back = (
    <Button component={Link} to=".." relative="path" sx={{ alignSelf: 'start' }}>
      {t.backToHistory}
    </Button>
  );
  if (message.isError) {
    return (
      <Stack spacing={2}>
        {back}
        {toApiError(message.error).kind === 'not-found' ? (
          <EmptyState title={t.notFound} />
        ) : (
          <ErrorState error={message.error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!message.data) return <LoadingState label={t.loadingMessage} />;
  const data = message.data;
  const summary = send?.summary ?? data;
  const inProgress = sending || data.status === 'created' || data.status === 'sending';
  return (
    <Stack spacing={2} data-klinik-ready>
      {back}
      <MessageHeader message={data} />
      {inProgress && (
        <Paper variant="outlined" component="section" aria-labelledby="progress-heading" sx={{ p: 2 }}>
          <Typography id="progress-heading" component="h3" variant="h6" gutterBottom>
            {t.sending}
          </Typography>
          <SendProgress
            summary={summary}
            reachable={reachableOf(data)}
            send={send}
            onRetry={() => send && manager.retry(send.key)}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t.leaveNote}
          </Typography>
        </Paper>
      )}
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 380px' } }}>
        <Paper
          variant="outlined"
          component="section"
          aria-labelledby="report-heading"
          sx={{ p: 2, alignSelf: 'start' }}
        >
          <Typography id="report-heading" component="h3" variant="h6" gutterBottom>
            {t.reportHeading}
          </Typography>
          <DeliveryReport notDelivered={data.notDelivered} />
        </Paper>
        <Box sx={{ alignSelf: 'start' }}>
          <MinLaegePreview clinicName={clinic.name} subject={data.subject} body={data.body} />
        </Box>
      </Box>
    </Stack>
  );
}

function MessageHeader({ message }: { message: Message }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const { user } = useKlinik();
  const navigate = useNavigate();
  const storage = useDraftStorage();
  const reuse = () => {
    const today = todayIso();
    storage.write({
      id: newDraftId(),
      input: { subject: message.subject, body: message.body, filter: message.filter, excludedPatientIds: [] },
      changedAt: new Date().toISOString(),
    });
    navigate({
      pathname: '/',
      search: writeFilterForm(filterToForm(message.filter, today), today).toString(),
    });
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h5">
          {message.subject}
        </Typography>
        <StatusChip status={message.status} />
      </Stack>
      <Typography color="text.secondary">
        {t.sentBy(
          message.createdBy.name,
          ROLE_LABELS[message.createdBy.role][locale],
          formatDateTime(message.createdAt),
        )}
        {message.completedAt ? ` · ${t.completedAt(formatDateTime(message.completedAt))}` : ''}
      </Typography>
      <Typography>
        {t.confirmFilters}: {describeFilter(message.filter, t)}
      </Typography>
      {can(user.role, 'messages.send') && (
        <Button variant="outlined" onClick={reuse} sx={{ alignSelf: 'start' }}>
          {t.reuse}
        </Button>
      )}
    </Stack>
  );
}
