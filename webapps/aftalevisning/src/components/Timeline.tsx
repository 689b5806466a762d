import { memo } from 'react';
import { styled } from '@mui/material/styles';
import { formatDate, formatMonth, formatTime, useMessages } from '@klinik/shared';
import type { Appointment } from '../domain/filters.ts';
import { messages } from '../messages.ts';

const Month = styled('section')(({ theme }) => ({
  '& h2': { ...theme.typography.h6, margin: theme.spacing(2, 0, 1) },
  '& ol': { listStyle: 'none', margin: 0, padding: 0, borderLeft: `3px solid ${theme.palette.primary.main}` },
  '& li': { padding: theme.spacing(0.5, 0, 0.5, 2) },
  '& time': { fontWeight: 600, marginRight: theme.spacing(1) },
  '& .sub': { color: theme.palette.text.secondary },
}));

/** The same appointments as the table, grouped by month along a line: quicker to read at a glance. */
export const Timeline = memo(function Timeline({ rows }: { rows: Appointment[] }) {
  const t = useMessages(messages);
  const months = new Map<string, Appointment[]>();
  for (const a of rows) {
    const key = formatMonth(a.start);
    months.set(key, [...(months.get(key) ?? []), a]);
  }
  return (
    <div>
      {[...months].map(([month, items]) => (
        <Month key={month} aria-label={month}>
          <h2>{month}</h2>
          <ol>
            {items.map((a) => (
              <li key={a.id}>
                <time dateTime={a.start}>
                  {formatDate(a.start)} {formatTime(a.start)}
                </time>
                {a.title} · {t.sectors[a.sector]} · {t.statuses[a.status]}
                <div className="sub">
                  {a.organisation}, {a.department} · {a.location}
                </div>
              </li>
            ))}
          </ol>
        </Month>
      ))}
    </div>
  );
});
