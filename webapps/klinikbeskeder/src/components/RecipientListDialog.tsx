import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { compareText, formatNumber, maskCpr, useMessages } from '@klinik/shared';
import type { Reachability } from '../domain/reachability.ts';
import type { RecipientIndex } from '../domain/recipients.ts';
import { messages, type Messages } from '../messages.ts';
import { usePage } from './use-page.tsx';

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
  // A page at a time, and the search finds anyone at once.
  const { shown, pager, toFirstPage } = usePage(rows, [50, 200]);

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
            toFirstPage();
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
        {pager}
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
