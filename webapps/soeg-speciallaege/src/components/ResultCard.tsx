import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { styled } from '@mui/material/styles';
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

/**
 * One stylesheet for the whole card, plain elements inside: the list re-renders on every keystroke,
 * and a dozen styled components per card made typing over the full register visibly slower.
 */
const Card = styled('article')(({ theme }) => ({
  padding: theme.spacing(2),
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  background: theme.palette.background.paper,
  '&[data-selected]': { border: `2px solid ${theme.palette.primary.main}` },
  '& .head': { display: 'flex', justifyContent: 'space-between', gap: theme.spacing(1), flexWrap: 'wrap' },
  '& h2': { ...theme.typography.h6, margin: 0 },
  '& p': { margin: `${theme.spacing(0.5)} 0 0` },
  '& .muted': { color: theme.palette.text.secondary },
  '& .distance': { fontWeight: 600, whiteSpace: 'nowrap', margin: 0 },
  '& .row': { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: theme.spacing(2) },
  '& .tag': {
    display: 'inline-block',
    border: `1px solid ${theme.palette.grey[500]}`,
    borderRadius: 12,
    padding: '2px 10px',
    fontSize: '0.8125rem',
    marginRight: theme.spacing(1),
  },
  '& a': { color: theme.palette.primary.main },
}));

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
    <Card onClick={onSelect} data-selected={selected || undefined}>
      <div className="head">
        <div>
          <h2>{practice.name}</h2>
          <p className="muted">
            {practice.doctor}
            {specialtyName ? ` · ${specialtyName}` : ''}
          </p>
        </div>
        <p className="distance">{t.distance(formatNumber(distanceKm, { maximumFractionDigits: 1 }))}</p>
      </div>
      <div className="row">
        <span>{address}</span>
        <IconButton
          aria-label={t.copyAddress(practice.name)}
          onClick={() => void copy(address, t.copiedAddress)}
        >
          <ContentCopy fontSize="small" />
        </IconButton>
      </div>
      <div className="row">
        <span>
          <a href={`tel:${practice.phone.replace(/\s/g, '')}`}>{practice.phone}</a>
          <IconButton
            aria-label={t.copyPhone(practice.name)}
            onClick={() => void copy(practice.phone, t.copiedPhone(practice.phone))}
          >
            <ContentCopy fontSize="small" />
          </IconButton>
        </span>
        <a href={`mailto:${practice.email}`}>{practice.email}</a>
      </div>
      {practice.waitingWeeks !== undefined && practice.waitingReportedAt && (
        <p>{t.waiting(practice.waitingWeeks, formatDate(practice.waitingReportedAt))}</p>
      )}
      <p className="row">
        <span className="tag">{t.access[practice.wheelchairAccess]}</span>
        <span className="tag">{practice.acceptsNewPatients ? t.acceptsNew : t.notAcceptingNew}</span>
        {referralFree && <span className="tag">{t.referralFree}</span>}
        <Button size="small" onClick={onDetails}>
          {t.details}
        </Button>
      </p>
    </Card>
  );
}
