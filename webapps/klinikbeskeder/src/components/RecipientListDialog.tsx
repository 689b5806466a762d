import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { compareText, formatNumber, maskCpr, useMessages } from '@klinik/shared';
import type { Reachability } from '../domain/reachability.ts';
import type { RecipientIndex } from '../domain/recipients.ts';
import { messages, type Messages } from '../messages.ts';

interface Props {
  open: boolean;
  index: RecipientIndex;
  /** Positions in the index the filter matched (removed ones included, so they can be put back). */
  matched: readonly number[];
  excluded: ReadonlySet<string>;
  onToggle(patientId: string): void;
  onRestoreAll(): void;
  onClose(): void;
}

/** The recipients to check before sending: name, age, sex, masked CPR and channel, each removable. */
export function RecipientListDialog({
  open,
  index,
  matched,
  excluded,
  onToggle,
  onRestoreAll,
  onClose,
}: Props) {
  const t = useMessages(messages);
  const [query, setQuery] = useState('');
  // A page at a time: a clinic-wide list has thousands, and the search finds anyone at once.
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(50);
  // Sorted only while open: sorting a clinic-wide list by name on every filter change would cost frames.
  const rows = useMemo(() => {
    if (!open) return [];
    const q = query.trim().toLowerCase().replace(/-/g, '');
    return matched
      .filter((i) => {
        if (!q) return true;
        const p = index.patients[i]!;
        return p.name.toLowerCase().includes(q) || p.cpr.startsWith(q);
      })
      .sort((a, b) => compareText(index.patients[a]!.name, index.patients[b]!.name));
  }, [open, matched, index, query]);
  const lastPage = Math.max(0, Math.ceil(rows.length / size) - 1);
  const current = Math.min(page, lastPage);
  const shown = rows.slice(current * size, (current + 1) * size);

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="recipient-list-title">
      <DialogTitle id="recipient-list-title">{t.recipientList}</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>{t.recipientListIntro}</Typography>
        <TextField
          label={t.searchRecipients}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setPage(0);
          }}
          size="small"
          fullWidth
          sx={{ my: 1 }}
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
        <Typography variant="body2" role="status" sx={{ mb: 1 }}>
          {t.listCount(formatNumber(rows.length), formatNumber(matched.length))}
        </Typography>
        <Table size="small" aria-label={t.recipientList}>
          <TableHead>
            <TableRow>
              <TableCell>{t.columns.name}</TableCell>
              <TableCell>{t.columns.age}</TableCell>
              <TableCell>{t.columns.sex}</TableCell>
              <TableCell>{t.columns.cpr}</TableCell>
              <TableCell>{t.columns.channel}</TableCell>
              <TableCell>{t.columns.action}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((i) => {
              const patient = index.patients[i]!;
              const removed = excluded.has(patient.id);
              return (
                <TableRow key={patient.id} sx={removed ? { opacity: 0.7 } : undefined}>
                  <TableCell sx={removed ? { textDecoration: 'line-through' } : undefined}>
                    {patient.name}
                  </TableCell>
                  <TableCell>{t.years(index.ages[i]!)}</TableCell>
                  <TableCell>{t.sexShort[patient.sex]}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{maskCpr(patient.cpr)}</TableCell>
                  <TableCell>{channelText(index.reach[i]!, t)}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => onToggle(patient.id)}
                      aria-label={removed ? t.restoreLabel(patient.name) : t.removeLabel(patient.name)}
                    >
                      {removed ? t.restore : t.remove}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={rows.length}
          page={current}
          rowsPerPage={size}
          rowsPerPageOptions={[50, 200]}
          onPageChange={(_, next) => setPage(next)}
          onRowsPerPageChange={(e) => {
            setSize(Number(e.target.value));
            setPage(0);
          }}
          labelRowsPerPage={t.rowsPerPage}
          labelDisplayedRows={({ from, to, count }) =>
            t.pageOf(formatNumber(from), formatNumber(to), formatNumber(count))
          }
        />
      </DialogContent>
      <DialogActions>
        {excluded.size > 0 && <Button onClick={onRestoreAll}>{t.restoreAll}</Button>}
        <Button variant="contained" onClick={onClose}>
          {t.close}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** How the patient receives it, or why they cannot (in words, not only a colour). */
function channelText(reach: Reachability, t: Messages): string {
  return reach.channel === 'none'
    ? `${t.channels.none}: ${t.reasons[reach.reason]}`
    : t.channels[reach.channel];
}
