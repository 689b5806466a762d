import { memo } from 'react';
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
import { formatNumber, useMessages } from '@klinik/shared';
import type { GeoPoint } from '../domain/distance.ts';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { project } from './denmark.ts';
import { DenmarkMap, fitView, markerRadius, type MapView } from './DenmarkMap.tsx';
import { fullAddress } from './ResultCard.tsx';

interface DetailDialogProps {
  result: SearchResult | undefined;
  /** Where the distances are measured from: the clinic or the chosen postcode. */
  origin: GeoPoint;
  originLabel: string;
  onClose(): void;
}

/**
 * Opening hours, contact details and a map of one practice, with the origin of the distance.
 * Memoised: closed, it still draws MUI's Dialog root, and the page renders on every keystroke.
 */
export const DetailDialog = memo(function DetailDialog({
  result,
  origin,
  originLabel,
  onClose,
}: DetailDialogProps) {
  const t = useMessages(messages);
  const practice = result?.practice;
  const view = fitView(practice ? [origin, practice.geo] : [origin]);
  return (
    <Dialog
      open={Boolean(practice)}
      onClose={onClose}
      aria-labelledby="practice-detail-title"
      fullWidth
      maxWidth="md"
      scroll="body"
    >
      {practice && (
        <>
          <DialogTitle id="practice-detail-title">{practice.name}</DialogTitle>
          {/* Two columns from "sm" up, so the dialog fits a laptop screen without a scroll box. */}
          <DialogContent
            sx={{ display: 'grid', gap: 3, gridTemplateColumns: { sm: '1fr 1fr' }, alignItems: 'start' }}
          >
            <div>
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
            </div>
            <div>
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {t.mapHeading}
              </Typography>
              <DenmarkMap view={view} origin={origin} role="img" aria-labelledby="practice-detail-map">
                <line className="route" {...line(origin, practice.geo)} />
                <circle className="marker chosen" {...circle(view, practice.geo)} />
              </DenmarkMap>
              <Typography id="practice-detail-map" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t.detailMap(
                  practice.name,
                  formatNumber(result.distanceKm, { maximumFractionDigits: 1 }),
                  originLabel,
                )}
              </Typography>
            </div>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
});

function line(from: GeoPoint, to: GeoPoint) {
  const a = project(from);
  const b = project(to);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

function circle(view: MapView, at: GeoPoint) {
  const { x, y } = project(at);
  return { cx: x, cy: y, r: markerRadius(view, true) };
}
