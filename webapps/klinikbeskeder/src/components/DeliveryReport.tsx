import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatNumber, maskCpr, useMessages, type PlspComponents } from '@klinik/shared';
import { messages } from '../messages.ts';
import { usePage } from './use-page.tsx';

type Recipient = PlspComponents['schemas']['MessageRecipient'];

/** Who did not receive the message and why, a page at a time (a clinic-wide message has thousands). */
export function DeliveryReport({ notDelivered }: { notDelivered: readonly Recipient[] }) {
  const t = useMessages(messages);
  const { shown, pager } = usePage(notDelivered, [25, 100]);
  if (notDelivered.length === 0) return <Typography>{t.reportEmpty}</Typography>;
  return (
    <>
      <Typography>{t.reportIntro(formatNumber(notDelivered.length))}</Typography>
      <Table size="small" aria-label={t.reportHeading}>
        <TableHead>
          <TableRow>
            <TableCell>{t.reportColumns.name}</TableCell>
            <TableCell>{t.reportColumns.cpr}</TableCell>
            <TableCell>{t.reportColumns.reason}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((r) => (
            <TableRow key={r.patientId}>
              <TableCell>{r.name}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{maskCpr(r.cpr)}</TableCell>
              <TableCell>{r.reason ? t.reasons[r.reason] : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pager}
    </>
  );
}
