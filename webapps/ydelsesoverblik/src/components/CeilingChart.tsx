import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useMessages } from '@klinik/shared';
import type { CeilingStatus } from '../domain/ceiling.ts';
import { messages } from '../messages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { formatCell } from './DataTable.tsx';

export interface CeilingBar {
  label: string;
  /** Projected use in percent of the ceiling. */
  projectedPct: number;
  status: CeilingStatus;
}

const ROW_HEIGHT = 34;

/** Projected use of each ceiling in percent, with the warning level and the ceiling (100 %) drawn. */
export function CeilingChart({
  bars,
  warningAtPct,
  tableId,
}: {
  bars: readonly CeilingBar[];
  warningAtPct: number;
  tableId: string;
}) {
  const t = useMessages(messages);
  const theme = useTheme();
  const colour: Record<CeilingStatus, string> = {
    ok: theme.palette.success.main,
    near: theme.palette.warning.light,
    'heading-over': theme.palette.warning.dark,
    over: theme.palette.error.main,
  };
  const height = bars.length * ROW_HEIGHT + 60;
  const top = Math.max(120, ...bars.map((b) => Math.ceil(b.projectedPct / 10) * 10 + 10));
  return (
    <ChartFrame label={`${t.ceilingChartTitle}. ${t.chartAlt}`} describedBy={tableId} height={height}>
      {(width) => (
        <BarChart
          layout="vertical"
          width={width}
          height={height}
          data={[...bars]}
          accessibilityLayer={false}
          margin={{ left: 8, right: 24, top: 20 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, top]} unit=" %" />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => `${formatCell(Number(value), 1)} %`} />
          <ReferenceLine
            x={warningAtPct}
            stroke={theme.palette.warning.dark}
            strokeDasharray="4 4"
            label={{ value: `${warningAtPct} %`, position: 'top' }}
          />
          <ReferenceLine
            x={100}
            stroke={theme.palette.error.dark}
            strokeWidth={2}
            label={{ value: '100 %', position: 'top' }}
          />
          <Bar
            dataKey="projectedPct"
            name={t.ceilingColumns.projectedShare}
            barSize={18}
            isAnimationActive={false}
          >
            {bars.map((b) => (
              <Cell
                key={b.label}
                fill={colour[b.status]}
                data-label={b.label}
                data-value={formatCell(b.projectedPct, 1)}
              />
            ))}
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
