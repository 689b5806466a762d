import { useTheme } from '@mui/material/styles';
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, useMessages } from '@klinik/shared';
import type { SeriesPoint } from '../domain/usage.ts';
import { messages } from '../messages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { formatCell } from './DataTable.tsx';

export interface LabelledPoint extends SeriesPoint {
  label: string;
}

/** The selection's use per period as bars, with last year's beside them when compared. Memoised:
 * recharts is the costliest part of the screen, and a table change must not draw it again. */
export const UsageChart = memo(function UsageChart({
  points,
  decimals,
  title,
  tableId,
  compare,
}: {
  points: readonly LabelledPoint[];
  decimals: number;
  title: string;
  tableId: string;
  compare: boolean;
}) {
  const t = useMessages(messages);
  const theme = useTheme();
  const format = (value: unknown) => formatCell(typeof value === 'number' ? value : undefined, decimals);
  return (
    <ChartFrame label={`${title}. ${t.chartAlt}`} describedBy={tableId} height={300}>
      {(width) => (
        <BarChart
          width={width}
          height={300}
          data={[...points]}
          accessibilityLayer={false}
          margin={{ left: 8, right: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })} width={56} />
          <Tooltip formatter={format} />
          <ChartLegend />
          {compare && (
            <Bar
              dataKey="lastYear"
              name={t.seriesLastYear}
              fill={theme.palette.grey[500]}
              isAnimationActive={false}
            >
              {points.map((p) => (
                <Cell key={p.key} data-period={p.label} data-value={format(p.lastYear)} />
              ))}
            </Bar>
          )}
          <Bar dataKey="value" name={t.seriesNow} fill={theme.palette.primary.main} isAnimationActive={false}>
            {points.map((p) => (
              <Cell
                key={p.key}
                data-period={p.label}
                data-value={format(p.value)}
                fillOpacity={p.partial ? 0.55 : 1}
              />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
});
