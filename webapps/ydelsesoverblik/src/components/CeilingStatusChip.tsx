import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import Chip from '@mui/material/Chip';
import { useMessages } from '@klinik/shared';
import type { CeilingStatus } from '../domain/ceiling.ts';
import { messages } from '../messages.ts';

const LOOK = {
  ok: { color: 'success', Icon: CheckCircleIcon },
  near: { color: 'warning', Icon: WarningIcon },
  'heading-over': { color: 'warning', Icon: WarningIcon },
  over: { color: 'error', Icon: ErrorIcon },
} as const;

/** A ceiling's status in words with an icon, so colour is never the only signal. */
export function CeilingStatusChip({ status }: { status: CeilingStatus }) {
  const t = useMessages(messages);
  const { color, Icon } = LOOK[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      icon={<Icon aria-hidden />}
      label={t.statuses[status]}
    />
  );
}
