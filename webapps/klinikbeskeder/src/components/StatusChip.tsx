import Chip from '@mui/material/Chip';
import { useMessages } from '@klinik/shared';
import type { MessageStatus } from '../domain/types.ts';
import { messages } from '../messages.ts';

const COLOURS = {
  created: 'default',
  sending: 'primary',
  sent: 'success',
  'sent-with-failures': 'warning',
} as const;

/** A message's delivery state, in words (the colour only repeats it). */
export function StatusChip({ status }: { status: MessageStatus }) {
  const t = useMessages(messages);
  return <Chip size="small" variant="outlined" color={COLOURS[status]} label={t.statuses[status]} />;
}
