import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { toApiError } from '../api/errors.ts';
import { useMessages } from '../i18n/messages.ts';
import { stateMessages } from './states-messages.ts';

/** The three states every screen has besides its content: loading, empty and error. */
export function LoadingState({ label }: { label?: string }) {
  const t = useMessages(stateMessages);
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography>{label ?? t.loading}</Typography>
    </Box>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 3, textAlign: 'center' }}>
      <Typography component="p" variant="h6" gutterBottom>
        {title}
      </Typography>
      {children && <Typography color="text.secondary">{children}</Typography>}
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Paper>
  );
}

export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const t = useMessages(stateMessages);
  const apiError = toApiError(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry && (
          <Button color="inherit" variant="outlined" size="small" onClick={onRetry}>
            {t.retry}
          </Button>
        )
      }
    >
      <AlertTitle>{title ?? t.errorTitle}</AlertTitle>
      {t.kinds[apiError.kind]}
      {apiError.status ? ` (${apiError.status})` : ''}
      {apiError.retryAfterSeconds ? ` ${t.retryIn(apiError.retryAfterSeconds)}` : ''}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {t.support}
      </Typography>
    </Alert>
  );
}
