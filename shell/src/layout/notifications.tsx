import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useSyncExternalStore } from 'react';
import type { Notification } from '@klinik/shared';

/** Notifications from any webapp, shown one at a time by the shell. */
let queue: Notification[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function notify(notification: Notification): void {
  queue = [...queue, notification];
  emit();
}

function dismiss(): void {
  queue = queue.slice(1);
  emit();
}

export function NotificationHost() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => queue[0],
  );
  return (
    <Snackbar
      open={Boolean(current)}
      autoHideDuration={6000}
      onClose={(_, reason) => reason !== 'clickaway' && dismiss()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {current ? (
        <Alert severity={current.severity ?? 'info'} onClose={dismiss} variant="filled">
          {current.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
