import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import {
  EmptyState,
  ErrorState,
  formatDateTime,
  formatNumber,
  LoadingState,
  ROLE_LABELS,
  useLocale,
  useMessages,
} from '@klinik/shared';
import { useMessageHistory } from '../api/queries.ts';
import { messages } from '../messages.ts';
import { useClinicSends } from '../sending/use-sends.ts';
import { describeFilter } from './filter-summary.ts';
import { StatusChip } from './StatusChip.tsx';

/** Earlier messages, newest first: when, who, to whom, how many, and how delivery went. */
export function HistoryPage() {
  const t = useMessages(messages);
  const locale = useLocale();
  const history = useMessageHistory();
  const { sends } = useClinicSends();
  // A send this browser is making shows its live numbers rather than those of the last fetch.
  const live = (id: string) => sends.find((s) => s.messageId === id)?.summary;
  return (
    <Stack spacing={2} component="section" aria-labelledby="history-heading">
      <Typography id="history-heading" component="h2" variant="h5">
        {t.history}
      </Typography>
      {history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : !history.data ? (
        <LoadingState label={t.loadingHistory} />
      ) : history.data.items.length === 0 ? (
        <EmptyState title={t.historyEmpty} />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-labelledby="history-heading">
            <TableHead>
              <TableRow>
                {Object.values(t.historyColumns).map((label) => (
                  <TableCell key={label}>{label}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {history.data.items.map((stored) => {
                const message = live(stored.id) ?? stored;
                return (
                  <TableRow key={message.id} hover>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(message.createdAt)}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={message.id}>
                        {message.subject}
                      </Link>
                    </TableCell>
                    <TableCell>
                      {message.createdBy.name}
                      <Typography variant="body2" color="text.secondary">
                        {ROLE_LABELS[message.createdBy.role][locale]}
                      </Typography>
                    </TableCell>
                    <TableCell>{describeFilter(message.filter, t)}</TableCell>
                    <TableCell align="right">{formatNumber(message.recipientCount)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {t.progressCounts(
                        formatNumber(message.deliveredCount),
                        formatNumber(message.failedCount),
                      )}
                    </TableCell>
                    <TableCell>
                      <StatusChip status={message.status} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}
