import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { stateMessages } from './states-messages.ts';

interface Props {
  children: ReactNode;
  /** Who crashed, for the console. */
  name: string;
}

/** Catches a render crash inside one webapp so the shell and the other webapps keep working. */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`[klinik] ${this.props.name} crashed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <CrashPanel onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

export function CrashPanel({ onRetry }: { onRetry: () => void }) {
  const t = useMessages(stateMessages);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        <Button color="inherit" variant="outlined" size="small" onClick={onRetry}>
          {t.retry}
        </Button>
      }
    >
      <AlertTitle>{t.crashTitle}</AlertTitle>
      {t.crashText}
    </Alert>
  );
}
