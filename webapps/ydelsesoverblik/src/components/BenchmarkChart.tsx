import { useTheme } from '@mui/material/styles';
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { useMessages } from '@klinik/shared';
import type { BenchmarkRow } from '../domain/benchmark.ts';
import { messages } from '../messages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { formatCell } from './DataTable.tsx';

const ROW_HEIGHT = 26;

/** Per code: the region's 25–75 % spread as a bar, its median as a diamond, the clinic as a dot. */
export function BenchmarkChart({
  rows,
  tableId,
  selected,
  onOpenRule,
}: {
  rows: readonly BenchmarkRow[];
  tableId: string;
  selected?: string;
  onOpenRule: (code: string) => void;
}) {
  const t = useMessages(messages);
  const theme = useTheme();
  const height = rows.length * ROW_HEIGHT + 70;
  const data = rows.map((r) => ({
    code: r.code,
    spread: [r.p25, r.p75],
    median: r.median,
    clinic: r.clinicPer1000,
  }));
  const format = (value: unknown) =>
    Array.isArray(value)
      ? value.map((v: number) => formatCell(v, 1)).join('–')
      : formatCell(value as number, 1);
  return (
    <ChartFrame label={`${t.benchmarkChartTitle}. ${t.chartAlt}`} describedBy={tableId} height={height}>
      {(width) => (
        <ComposedChart
          layout="vertical"
          width={width}
          height={height}
          data={data}
          accessibilityLayer={false}
          margin={{ left: 8, right: 16 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatCell(v, 0)} />
          <YAxis type="category" dataKey="code" width={48} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={format} />
          <Legend verticalAlign="top" />
          <Bar
            dataKey="spread"
            name={t.legendSpread}
            fill={theme.palette.primary.light}
            barSize={14}
            isAnimationActive={false}
            onClick={(entry: { payload?: { code?: string } }) =>
              entry.payload?.code && onOpenRule(entry.payload.code)
            }
            cursor="pointer"
          >
            {rows.map((r) => (
              <Cell
                key={r.code}
                data-code={r.code}
                data-value={`${formatCell(r.p25, 1)}–${formatCell(r.p75, 1)}`}
                fillOpacity={selected && selected !== r.code ? 0.35 : 0.8}
              />
            ))}
          </Bar>
          <Scatter
            dataKey="median"
            name={t.legendMedian}
            fill={theme.palette.text.primary}
            shape="diamond"
            isAnimationActive={false}
          />
          <Scatter
            dataKey="clinic"
            name={t.legendClinic}
            fill={theme.palette.secondary.main}
            shape="circle"
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </ChartFrame>
  );
}
