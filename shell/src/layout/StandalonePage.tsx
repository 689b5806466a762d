import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMessages } from '@klinik/shared';
import type { HandoffErrorCode } from '../auth/handoff.ts';
import { shellMessages } from '../messages.ts';

/** Pages shown instead of the portal: a failed handoff, or after log out. Never a blank screen. */
export function HandoffErrorPage({ code, detail }: { code: HandoffErrorCode; detail?: string }) {
  const t = useMessages(shellMessages);
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 8 }}>
      <Paper sx={{ p: 4 }}>
        <Typography component="h1" variant="h4" gutterBottom>
          Klinik+
        </Typography>
        <Alert severity="error" role="alert">
          <AlertTitle>{t.errorTitle}</AlertTitle>
          <Typography>{t.handoffErrors[code](detail)}</Typography>
          <Typography sx={{ mt: 1 }}>{t.errorAdvice}</Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t.errorCode(code)}
          </Typography>
        </Alert>
      </Paper>
    </Container>
  );
}

export function LoggedOutPage() {
  const t = useMessages(shellMessages);
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 8 }}>
      <Paper sx={{ p: 4 }}>
        <Typography component="h1" variant="h4" gutterBottom>
          {t.loggedOutTitle}
        </Typography>
        <Typography>{t.loggedOutText}</Typography>
      </Paper>
    </Container>
  );
}
