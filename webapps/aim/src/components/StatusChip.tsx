import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HourglassBottom from '@mui/icons-material/HourglassBottom';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import { formatNumber, useMessages } from '@klinik/shared';
import type { IssueKind } from '../domain/flags.ts';
import type { RecordStatus, TransmissionStatus } from '../domain/types.ts';
import { messages } from '../messages.ts';

/** Status chips: an icon and a word besides the colour, so colour is never the only signal. */
type Tone = 'success' | 'warning' | 'error' | 'info';
const ICONS = { success: CheckCircle, warning: WarningAmber, error: ErrorIcon, info: HourglassBottom };

function ToneChip({ tone, label }: { tone: Tone; label: string }) {
  const Icon = ICONS[tone];
  // MUI's info blue is below 4.5:1 on white; the secondary colour carries "pending" instead.
  const color = tone === 'info' ? 'secondary' : tone;
  return <Chip size="small" variant="outlined" color={color} icon={<Icon aria-hidden />} label={label} />;
}

const RECORD_TONE: Record<RecordStatus, Tone> = {
  ready: 'success',
  'missing-data': 'error',
  'out-of-date': 'warning',
};
const TRANSMISSION_TONE: Record<TransmissionStatus, Tone> = {
  accepted: 'success',
  'partially-rejected': 'warning',
  rejected: 'error',
};
const ISSUE_TONE: Record<IssueKind, Tone> = {
  missing: 'error',
  'out-of-date': 'warning',
  'expires-soon': 'info',
};

const SYMBOL: Record<Tone, string> = { success: '✓', warning: '!', error: '✕', info: '◷' };

/** The same signal as a chip, for table cells (styled by DataTable's `.badge`). */
function Badge({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span className="badge" data-tone={tone}>
      <span aria-hidden>{SYMBOL[tone]} </span>
      {label}
    </span>
  );
}

export function RecordStatusBadge({ status }: { status: RecordStatus }) {
  const t = useMessages(messages);
  return <Badge tone={RECORD_TONE[status]} label={t.recordStatus[status]} />;
}

export function IssueBadge({ kind }: { kind: IssueKind }) {
  const t = useMessages(messages);
  return <Badge tone={ISSUE_TONE[kind]} label={t.issueShort[kind]} />;
}

export function TransmissionStatusBadge({ status }: { status: TransmissionStatus }) {
  const t = useMessages(messages);
  return <Badge tone={TRANSMISSION_TONE[status]} label={t.transmissionStatus[status]} />;
}

export function RecordStatusChip({ status, count }: { status: RecordStatus; count?: number }) {
  const t = useMessages(messages);
  const label = t.recordStatus[status];
  return (
    <ToneChip
      tone={RECORD_TONE[status]}
      label={count === undefined ? label : `${label}: ${formatNumber(count)}`}
    />
  );
}

export function TransmissionStatusChip({ status }: { status: TransmissionStatus }) {
  const t = useMessages(messages);
  return <ToneChip tone={TRANSMISSION_TONE[status]} label={t.transmissionStatus[status]} />;
}

export function DatabaseStatusChip({ status }: { status: 'active' | 'in-preparation' }) {
  const t = useMessages(messages);
  return <ToneChip tone={status === 'active' ? 'success' : 'info'} label={t.databaseStatus[status]} />;
}
