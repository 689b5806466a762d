import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatNumber, useMessages } from '@klinik/shared';
import type { RecipientCount } from '../domain/recipients.ts';
import type { UnreachableReason } from '../domain/types.ts';
import { messages } from '../messages.ts';

/** How many the filter matched, how many can receive, and why the rest cannot; updated as filters change. */
export function RecipientSummary({ count, onShowList }: { count: RecipientCount; onShowList(): void }) {
  const t = useMessages(messages);
  const unreachable = Object.entries(count.unreachable) as Array<[UnreachableReason, number]>;
  const unreachableTotal = count.matched - count.reachable;
  return (
    <Stack spacing={1} aria-labelledby="count-heading" component="section">
      <Typography id="count-heading" component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t.countHeading}
      </Typography>
      <Typography data-testid="recipient-count" variant="h6" component="p" aria-live="polite">
        {t.countSummary(formatNumber(count.matched), formatNumber(count.reachable))}
      </Typography>
      {count.viaParent > 0 && (
        <Typography variant="body2">{t.viaParent(formatNumber(count.viaParent))}</Typography>
      )}
      {count.excluded > 0 && (
        <Typography variant="body2">{t.excludedCount(formatNumber(count.excluded))}</Typography>
      )}
      {unreachableTotal > 0 && (
        <div>
          <Typography variant="body2">{t.unreachableHeading(formatNumber(unreachableTotal))}</Typography>
          <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }} data-testid="unreachable-reasons">
            {unreachable
              .sort((a, b) => b[1] - a[1])
              .map(([reason, n]) => (
                <li key={reason}>
                  {formatNumber(n)} {t.reasons[reason]}
                </li>
              ))}
          </Typography>
        </div>
      )}
      <Button
        variant="outlined"
        onClick={onShowList}
        disabled={count.matched + count.excluded === 0}
        sx={{ alignSelf: 'start' }}
      >
        {t.showRecipients}
      </Button>
    </Stack>
  );
}
