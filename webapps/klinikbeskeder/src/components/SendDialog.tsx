import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { formatNumber, useMessages } from '@klinik/shared';
import type { RecipientCount } from '../domain/recipients.ts';
import { messages } from '../messages.ts';
import type { SendState } from '../sending/send-manager.ts';
import { SendProgress } from './SendProgress.tsx';

interface Props {
  open: boolean;
  subject: string;
  count: RecipientCount;
  filterText: string;
  /** The send once confirmed: the dialog then shows its progress until the message exists. */
  send: SendState | undefined;
  onConfirm(): void;
  onRetry(): void;
  onClose(): void;
}

/** The last look before sending: the count and the filters again, then one press that sends once. */
export function SendDialog({ open, subject, count, filterText, send, onConfirm, onRetry, onClose }: Props) {
  const t = useMessages(messages);
  const reachable = formatNumber(count.reachable);
  const unreachable = count.matched - count.reachable;
  return (
    <Dialog
      open={open}
      onClose={send ? undefined : onClose}
      aria-labelledby="send-title"
      aria-describedby="send-text"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="send-title">{t.confirmTitle}</DialogTitle>
      <DialogContent>
        <Typography id="send-text" gutterBottom>
          {t.confirmText(reachable)}
        </Typography>
        <Typography sx={{ fontWeight: 600 }}>{subject}</Typography>
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t.confirmFilters}: {filterText}
        </Typography>
        {count.viaParent > 0 && (
          <Typography variant="body2">{t.viaParent(formatNumber(count.viaParent))}</Typography>
        )}
        {count.excluded > 0 && (
          <Typography variant="body2">{t.excludedCount(formatNumber(count.excluded))}</Typography>
        )}
        {unreachable > 0 && (
          <Typography variant="body2">{t.confirmUnreachable(formatNumber(unreachable))}</Typography>
        )}
        {send && (
          <div style={{ marginTop: 16 }}>
            <SendProgress summary={send.summary} reachable={send.reachable} send={send} onRetry={onRetry} />
          </div>
        )}
      </DialogContent>
      <DialogActions>
        {(!send || send.phase === 'refused') && <Button onClick={onClose}>{t.cancel}</Button>}
        {!send && (
          <Button variant="contained" onClick={onConfirm}>
            {t.confirmSend(reachable)}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
