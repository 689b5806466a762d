import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { styled } from '@mui/material/styles';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { formatDateTime, useMessages } from '@klinik/shared';
import { COLUMNS, type Appointment, type AppointmentFilters, type SortColumn } from '../domain/filters.ts';
import { messages } from '../messages.ts';

/** Share of the width per column, in COLUMNS' order: a fixed layout keeps columns still while rows scroll by. */
const WIDTHS = ['13%', '8%', '9%', '24%', '16%', '10%', '9%', '11%'];
/** A row's height before it is measured (two lines of text); also used where nothing is laid out. */
const ROW_ESTIMATE = 58;

/** One stylesheet for the table and plain rows inside: a thousand rows must stay quick to filter. */
const Table = styled('table')(({ theme }) => ({
  width: '100%',
  tableLayout: 'fixed',
  borderCollapse: 'collapse',
  background: theme.palette.background.paper,
  fontSize: '0.9rem',
  '& th, & td': {
    textAlign: 'left',
    padding: theme.spacing(0.75, 1),
    borderBottom: `1px solid ${theme.palette.divider}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  '& tr.spacer td': { padding: 0, border: 0 },
  '& th button': {
    font: 'inherit',
    fontWeight: 700,
    background: 'none',
    border: 0,
    padding: 0,
    cursor: 'pointer',
    color: theme.palette.text.primary,
  },
  '& th button:focus-visible': { outline: `3px solid ${theme.palette.primary.main}` },
  '& tr[data-status="cancelled"] td': { textDecoration: 'line-through', color: theme.palette.text.secondary },
  '& .sub': { color: theme.palette.text.secondary, display: 'block' },
  '@media print': { fontSize: '10pt', '& th button': { pointerEvents: 'none' } },
}));

interface AppointmentTableProps {
  rows: Appointment[];
  filters: AppointmentFilters;
  onSort(column: SortColumn): void;
  /** Every row in the document, for the printed overview; on screen only those near the viewport. */
  printing: boolean;
}

/**
 * Only the rows near the viewport are in the document (the page itself scrolls), so a filter change
 * over a thousand appointments draws some twenty rows. Row and column counts are given for screen readers.
 */
export const AppointmentTable = memo(function AppointmentTable({
  rows,
  filters,
  onSort,
  printing,
}: AppointmentTableProps) {
  const t = useMessages(messages);
  const body = useRef<HTMLTableSectionElement>(null);
  const bodyTop = useBodyTop(body);
  // Heights come from the ResizeObserver after layout, never read in the commit: reading them
  // there would force a layout of the page on every filter change.
  const heights = useRef(new Map<string, number>());
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => heights.current.get(rows[index]!.id) ?? ROW_ESTIMATE,
    measureElement: (row, entry) => {
      const id = (row as HTMLElement).dataset.id!;
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height) heights.current.set(id, height);
      return heights.current.get(id) ?? ROW_ESTIMATE;
    },
    getItemKey: (index) => rows[index]!.id,
    scrollMargin: bodyTop,
    overscan: 6,
    enabled: !printing,
  });
  const items = virtualizer.getVirtualItems();
  const drawn = printing ? rows.map((_, index) => ({ index })) : items;
  const before = printing || !items.length ? 0 : items[0]!.start - bodyTop;
  const after = printing || !items.length ? 0 : virtualizer.getTotalSize() - (items.at(-1)!.end - bodyTop);
  return (
    <Table aria-label={t.title} aria-rowcount={rows.length + 1}>
      <colgroup>
        {WIDTHS.map((width, i) => (
          <col key={COLUMNS[i]} style={{ width }} />
        ))}
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((column) => (
            <th
              key={column}
              scope="col"
              aria-sort={
                filters.sort === column ? (filters.descending ? 'descending' : 'ascending') : undefined
              }
            >
              <button type="button" onClick={() => onSort(column)}>
                {t.columns[column]}
                {filters.sort === column ? (filters.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body}>
        {before > 0 && <Spacer height={before} />}
        {drawn.map(({ index }) => (
          <Row
            key={rows[index]!.id}
            appointment={rows[index]!}
            index={index}
            measure={virtualizer.measureElement}
          />
        ))}
        {after > 0 && <Spacer height={after} />}
      </tbody>
    </Table>
  );
});

/**
 * The table body's distance from the top of the page, which the window's scroll position is
 * measured against. Read after layout when the page's content resizes, so it costs no forced layout.
 */
function useBodyTop(body: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return; // jsdom: nothing is laid out, so 0 is right
    const observer = new ResizeObserver(() =>
      setTop(body.current!.getBoundingClientRect().top + window.scrollY),
    );
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [body]);
  return top;
}

const Spacer = ({ height }: { height: number }) => (
  <tr className="spacer" aria-hidden="true" style={{ height }}>
    <td colSpan={COLUMNS.length} />
  </tr>
);

interface RowProps {
  appointment: Appointment;
  index: number;
  measure(row: HTMLTableRowElement | null): void;
}

/** Memoised: a row that stays in view while the filter changes is not drawn again. */
const Row = memo(function Row({ appointment: a, index, measure }: RowProps) {
  const t = useMessages(messages);
  return (
    <tr ref={measure} data-index={index} data-id={a.id} aria-rowindex={index + 2} data-status={a.status}>
      <td>{formatDateTime(a.start)}</td>
      <td>{t.minutes(Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60_000))}</td>
      <td>{t.sectors[a.sector]}</td>
      <td>
        {a.title}
        <span className="sub">
          {a.organisation}, {a.department}
        </span>
      </td>
      <td>{a.location}</td>
      <td>{t.types[a.type]}</td>
      <td>{t.statuses[a.status]}</td>
      <td>
        {a.sourceSystem}
        <span className="sub">{t.fetchedAt(formatDateTime(a.fetchedAt))}</span>
      </td>
    </tr>
  );
});
