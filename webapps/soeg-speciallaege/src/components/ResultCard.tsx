import ContentCopy from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatDate, formatNumber, useMessages } from '@klinik/shared';
import type { SearchResult } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { useCopy } from './copy.ts';

interface ResultCardProps {
  result: SearchResult;
  specialtyName?: string;
  referralFree?: boolean;
  selected: boolean;
  onSelect(): void;
  onDetails(): void;
}

export const fullAddress = (a: { street: string; postalCode: string; city: string }) =>
  `${a.street}, ${a.postalCode} ${a.city}`;

/** One practice: everything a GP needs to refer or call, with one-click copy of phone and address. */
export function ResultCard({
  result,
  specialtyName,
  referralFree,
  selected,
  onSelect,
  onDetails,
}: ResultCardProps) {
  const t = useMessages(messages);
  const copy = useCopy();
  const { practice, distanceKm } = result;
  const address = fullAddress(practice.address);
  return (
    <Paper
      variant="outlined"
      onClick={onSelect}
      sx={{
        p: 2,
        borderColor: selected ? 'primary.main' : 'divider',
        borderWidth: selected ? 2 : 1,
        scrollMarginTop: 80,
      }}
      data-selected={selected || undefined}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 1 }}>
        <Box>
          <Typography component="h2" variant="h6">
            {practice.name}
          </Typography>
          <Typography color="text.secondary">
            {practice.doctor}
            {specialtyName ? ` · ${specialtyName}` : ''}
          </Typography>
        </Box>
        <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t.distance(formatNumber(distanceKm, { maximumFractionDigits: 1 }))}
        </Typography>
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
        <Typography>{address}</Typography>
        <IconButton
          aria-label={t.copyAddress(practice.name)}
          onClick={() => void copy(address, t.copiedAddress)}
        >
          <ContentCopy fontSize="small" />
        </IconButton>
      </Stack>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Link href={`tel:${practice.phone.replace(/\s/g, '')}`}>{practice.phone}</Link>
          <IconButton
            aria-label={t.copyPhone(practice.name)}
            onClick={() => void copy(practice.phone, t.copiedPhone(practice.phone))}
          >
            <ContentCopy fontSize="small" />
          </IconButton>
        </Stack>
        <Link href={`mailto:${practice.email}`}>{practice.email}</Link>
      </Stack>
      {practice.waitingWeeks !== undefined && practice.waitingReportedAt && (
        <Typography sx={{ mt: 1 }}>
          {t.waiting(practice.waitingWeeks, formatDate(practice.waitingReportedAt))}
        </Typography>
      )}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1, alignItems: 'center' }}>
        <Chip size="small" variant="outlined" label={t.access[practice.wheelchairAccess]} />
        <Chip
          size="small"
          variant="outlined"
          label={practice.acceptsNewPatients ? t.acceptsNew : t.notAcceptingNew}
        />
        {referralFree && <Chip size="small" variant="outlined" label={t.referralFree} />}
        <Button size="small" onClick={onDetails}>
          {t.details}
        </Button>
      </Stack>
    </Paper>
  );
}
