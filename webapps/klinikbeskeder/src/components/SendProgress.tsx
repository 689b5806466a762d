import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState, formatNumber, useMessages } from '@klinik/shared';
import type { MessageSummary } from '../domain/types.ts';
import { messages } from '../messages.ts';
import type { SendState } from '../sending/send-manager.ts';

/** How far a message has come: a progress bar with the numbers in words, and a retry when paused. */
export function SendProgress({
  summary,
  reachable,
  send,
  onRetry,
}: {
  summary: MessageSummary | undefined;
  /** Recipients who can receive: the ones the batches deliver to, and what the bar counts. */
  reachable: number | undefined;
  send?: SendState;
  onRetry?: () => void;
}) {
  const t = useMessages(messages);
  const total = reachable ?? 0;
  const done = summary && reachable !== undefined ? reachable - summary.pendingCount : 0;
  const percent = total ? Math.round((done / total) * 100) : 0;
  const paused = send?.phase === 'paused' || send?.phase === 'refused';
  return (
    <Stack spacing={1}>
      <LinearProgress
        variant={summary && reachable ? 'determinate' : 'indeterminate'}
        value={percent}
        color={paused ? 'warning' : 'primary'}
        aria-label={t.progressLabel}
        sx={{ height: 10, borderRadius: 5 }}
      />
      <Typography role="status" data-testid="send-progress">
        {summary && reachable !== undefined
          ? t.progress(formatNumber(done), formatNumber(total))
          : t.creating}
      </Typography>
      {summary && (
        <Typography variant="body2" color="text.secondary">
          {t.progressCounts(formatNumber(summary.deliveredCount), formatNumber(summary.failedCount))} ·{' '}
          {t.batches(formatNumber(summary.batchesSent), formatNumber(summary.batchCount))}
        </Typography>
      )}
      {paused && send?.error && (
        <Stack spacing={1}>
          <Typography sx={{ fontWeight: 600 }}>
            {send.failedBatch ? t.pausedBatch(send.failedBatch) : t.pausedCreate}{' '}
            {send.phase === 'paused' && t.pausedText}
          </Typography>
          <ErrorState
            error={send.error}
            title={send.phase === 'refused' ? t.refusedTitle : t.pausedTitle}
            {...(send.phase === 'paused' && onRetry ? { onRetry } : {})}
          />
        </Stack>
      )}
    </Stack>
  );
}
