import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMessages } from '@klinik/shared';
import type { Practice } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { fullAddress } from './ResultCard.tsx';

/** Opening hours and contact details of one practice. */
export function DetailDialog({ practice, onClose }: { practice: Practice | undefined; onClose(): void }) {
  const t = useMessages(messages);
  return (
    <Dialog
      open={Boolean(practice)}
      onClose={onClose}
      aria-labelledby="practice-detail-title"
      fullWidth
      maxWidth="sm"
    >
      {practice && (
        <>
          <DialogTitle id="practice-detail-title">{practice.name}</DialogTitle>
          <DialogContent>
            <Typography>{practice.doctor}</Typography>
            <Typography>{fullAddress(practice.address)}</Typography>
            <Typography>
              {practice.phone} · {practice.email}
            </Typography>
            <Typography component="h3" variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
              {t.openingHours}
            </Typography>
            <Table size="small" aria-label={t.openingHours}>
              <TableBody>
                {practice.openingHours.map((h) => (
                  <TableRow key={h.day}>
                    <TableCell component="th" scope="row" sx={{ textTransform: 'capitalize' }}>
                      {h.day}
                    </TableCell>
                    <TableCell>
                      {h.opens}–{h.closes}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
