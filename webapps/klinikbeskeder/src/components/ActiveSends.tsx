import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useParams } from 'react-router';
import { formatNumber, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { useClinicSends } from '../sending/use-sends.ts';

/** Sends still under way, on every screen of the webapp, each with a way back to its progress. */
export function ActiveSends() {
  const t = useMessages(messages);
  const { sends } = useClinicSends();
  const { messageId } = useParams();
  const active = sends.filter(
    (s) => s.phase !== 'done' && s.phase !== 'refused' && s.messageId !== messageId,
  );
  if (!active.length) return null;
  return (
    <Alert severity={active.some((s) => s.phase === 'paused') ? 'warning' : 'info'}>
      <AlertTitle>{t.activeSends}</AlertTitle>
      <Stack spacing={0.5}>
        {active.map((send) => (
          <Stack key={send.key} direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2">
              {send.summary && send.reachable
                ? t.activeSend(
                    send.request.subject,
                    formatNumber(send.reachable - send.summary.pendingCount),
                    formatNumber(send.reachable),
                  )
                : `"${send.request.subject}": ${t.creating}`}
              {send.phase === 'paused' ? ` – ${t.pausedTitle.toLowerCase()}` : ''}
            </Typography>
            {send.messageId && (
              <Button size="small" component={Link} to={`historik/${send.messageId}`}>
                {t.openSend}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
