import { styled } from '@mui/material/styles';

/**
 * One stylesheet for AIM's data tables: plain rows (a few hundred stay quick), numbers right-aligned,
 * a visible caption (the table is also the text alternative of its chart).
 */
export const DataTable = styled('table')(({ theme }) => ({
  width: '100%',
  borderCollapse: 'collapse',
  background: theme.palette.background.paper,
  fontSize: '0.875rem',
  '& caption': {
    captionSide: 'top',
    textAlign: 'left',
    fontWeight: 600,
    padding: theme.spacing(1, 0),
    color: theme.palette.text.primary,
  },
  '& th, & td': {
    textAlign: 'left',
    padding: theme.spacing(0.75, 1),
    borderBottom: `1px solid ${theme.palette.divider}`,
    verticalAlign: 'top',
  },
  '& thead th': { fontWeight: 700, background: theme.palette.grey[100], whiteSpace: 'nowrap' },
  '& td.num, & th.num': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  '& .sub': { color: theme.palette.text.secondary, display: 'block', fontSize: '0.8rem', fontWeight: 400 },
  '& .nowrap': { whiteSpace: 'nowrap' },
  // Plain router links in rows (a MUI Link per row costs a styled component each).
  '& td > a': { color: theme.palette.primary.main, fontWeight: 600 },
  '& td > a:focus-visible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
  // A row followed by its details row reads as one entry.
  '& tr.has-details td': { borderBottom: 0 },
  '& tr.details td': { paddingTop: 0, paddingLeft: theme.spacing(3) },
  // Badges inside tables are plain spans with a word and a symbol: a chip per cell is too slow for big lists.
  '& .badge': {
    display: 'inline-block',
    marginTop: 2,
    padding: '0 6px',
    borderRadius: 10,
    border: '1px solid currentColor',
    fontSize: '0.75rem',
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
  '& .badge[data-tone="success"]': { color: theme.palette.success.main },
  '& .badge[data-tone="warning"]': { color: theme.palette.warning.main },
  '& .badge[data-tone="error"]': { color: theme.palette.error.main },
  '& .badge[data-tone="info"]': { color: theme.palette.info.dark },
  '& tr[data-flagged="true"] > :first-child': { boxShadow: `inset 4px 0 0 ${theme.palette.warning.main}` },
}));

/** A horizontally scrolling region that keyboard users can reach (axe: scrollable-region-focusable). */
export const ScrollRegion = styled('div')(({ theme }) => ({
  overflow: 'auto',
  // A long list scrolls inside its frame, under a header that stays in view.
  '&[data-tall="true"]': { maxHeight: '70vh' },
  '&[data-tall="true"] thead th': { position: 'sticky', top: 0, zIndex: 1 },
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  '&:focus-visible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
}));
