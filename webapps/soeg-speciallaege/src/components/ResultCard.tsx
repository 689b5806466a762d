import { memo } from 'react';
import { styled } from '@mui/material/styles';
import { formatDate, formatNumber, useMessages } from '@klinik/shared';
import type { Practice } from '../domain/search.ts';
import { messages } from '../messages.ts';
import { useCopy } from './copy.ts';

interface ResultCardProps {
  practice: Practice;
  distanceKm: number;
  specialtyName?: string;
  referralFree?: boolean;
  selected: boolean;
  onSelect(id: string): void;
  onDetails(id: string): void;
}

export const fullAddress = (a: { street: string; postalCode: string; city: string }) =>
  `${a.street}, ${a.postalCode} ${a.city}`;

/**
 * Material's "content copy" glyph as a CSS mask in the text colour: an SvgIcon would be a styled
 * component per button, an inline SVG two more elements per button.
 */
const COPY_ICON = `url("data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z"/></svg>',
)}")`;

/**
 * One stylesheet for the list and every card in it, plain elements inside (buttons too): the list
 * re-renders on every keystroke, and a styled component per card (MUI's Button, IconButton and
 * SvgIcon are several each) is a style serialised per card per keystroke.
 */
export const CardList = styled('ul')(({ theme }) => ({
  listStyle: 'none',
  padding: 0,
  margin: 0,
  display: 'grid',
  gap: theme.spacing(1.5),
  // Cards below the fold skip style, layout and paint until scrolled to (they stay in the
  // accessibility tree and in find-in-page): the browser lays the page out inside each keystroke.
  '& > li': { contentVisibility: 'auto', containIntrinsicSize: 'auto 190px' },
  '& article': {
    padding: theme.spacing(2),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
    background: theme.palette.background.paper,
  },
  '& article[data-selected]': { border: `2px solid ${theme.palette.primary.main}` },
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
  '& button': {
    font: 'inherit',
    border: 0,
    background: 'none',
    cursor: 'pointer',
    borderRadius: theme.shape.borderRadius,
    '&:hover': { background: theme.palette.action.hover },
    '&:focus-visible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
  },
  '& .copy': {
    width: 40,
    height: 40,
    borderRadius: '50%',
    display: 'inline-grid',
    placeItems: 'center',
    '&::before': {
      content: '""',
      width: 20,
      height: 20,
      background: theme.palette.text.secondary,
      mask: `${COPY_ICON} center / contain no-repeat`,
      '@media (forced-colors: active)': { background: 'ButtonText', forcedColorAdjust: 'none' },
    },
  },
  '& .text': {
    ...theme.typography.button,
    fontSize: '0.8125rem',
    padding: '4px 6px',
    color: theme.palette.primary.main,
  },
}));

function CopyButton({ label, onClick }: { label: string; onClick(): void }) {
  return <button type="button" className="copy" aria-label={label} onClick={onClick} />;
}

/**
 * One practice: everything a GP needs to refer or call, with one-click copy of phone and address.
 * Memoised with stable props, so a card that stays in the list is not drawn again per keystroke.
 */
export const ResultCard = memo(function ResultCard({
  practice,
  distanceKm,
  specialtyName,
  referralFree,
  selected,
  onSelect,
  onDetails,
}: ResultCardProps) {
  const t = useMessages(messages);
  const copy = useCopy();
  const address = fullAddress(practice.address);
  return (
    <article onClick={() => onSelect(practice.id)} data-selected={selected || undefined}>
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
        <CopyButton
          label={t.copyAddress(practice.name)}
          onClick={() => void copy(address, t.copiedAddress)}
        />
      </div>
      <div className="row">
        <span>
          <a href={`tel:${practice.phone.replace(/\s/g, '')}`}>{practice.phone}</a>
          <CopyButton
            label={t.copyPhone(practice.name)}
            onClick={() => void copy(practice.phone, t.copiedPhone(practice.phone))}
          />
        </span>
        <a href={`mailto:${practice.email}`}>{practice.email}</a>
      </div>
      {practice.waitingWeeks !== undefined && practice.waitingReportedAt && (
        <p>{t.waiting(practice.waitingWeeks, formatDate(practice.waitingReportedAt))}</p>
      )}
      {practice.listSize !== undefined && practice.doctors !== undefined && (
        <p>{t.listSize(formatNumber(practice.listSize), practice.doctors)}</p>
      )}
      <p className="row">
        <span className="tag">{t.access[practice.wheelchairAccess]}</span>
        <span className="tag">{practice.acceptsNewPatients ? t.acceptsNew : t.notAcceptingNew}</span>
        {referralFree && <span className="tag">{t.referralFree}</span>}
        {/* Selects through the card's click; the button is the way there for keyboard and screen reader. */}
        <button type="button" className="text" aria-pressed={selected}>
          {t.showOnMap}
        </button>
        <button
          type="button"
          className="text"
          aria-label={t.detailsFor(practice.name)}
          onClick={() => onDetails(practice.id)}
        >
          {t.details}
        </button>
      </p>
    </article>
  );
});
