import { useTheme } from '@mui/material/styles';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useMessages } from '@klinik/shared';
import type { BenchmarkRow } from '../domain/benchmark.ts';
import { messages } from '../messages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { formatCell } from './DataTable.tsx';

const ROW_HEIGHT = 26;
/** Index values beyond this are drawn at the edge, so one outlier does not flatten every other code. */
const AXIS_MAX = 300;
const axisEnd = (values: readonly number[]) =>
  Math.min(AXIS_MAX, Math.max(150, Math.ceil(Math.max(...values) / 50) * 50));

/**
 * Per code, against the region's median (= 100): the 25–75 % spread as a bar and the clinic as a
 * dot. Codes whose median is 0 have no index and are in the table only.
 */
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
  const indexed = rows.filter((r) => r.index);
  const height = indexed.length * ROW_HEIGHT + 80;
  const end = axisEnd(indexed.flatMap((r) => [r.index!.clinic, r.index!.p75]));
  const clamp = (value: number) => Math.min(value, end);
  const data = indexed.map((r) => ({
    code: r.code,
    spread: [clamp(r.index!.p25), clamp(r.index!.p75)],
    clinic: clamp(r.index!.clinic),
  }));
  const byCode = new Map(indexed.map((r) => [r.code, r]));
  const tooltip = (_: unknown, name: unknown, item: { payload?: { code?: string } }) => {
    const row = byCode.get(item.payload?.code ?? '');
    if (!row?.index) return '';
    return name === t.legendClinic
      ? `${formatCell(row.index.clinic, 0)} (${formatCell(row.clinicPer1000, 1)})`
      : `${formatCell(row.index.p25, 0)}–${formatCell(row.index.p75, 0)} (${formatCell(row.p25, 1)}–${formatCell(row.p75, 1)})`;
  };
  return (
    <ChartFrame label={`${t.benchmarkChartTitle}. ${t.chartAlt}`} describedBy={tableId} height={height}>
      {(width) => (
        <ComposedChart
          layout="vertical"
          width={width}
          height={height}
          data={data}
          accessibilityLayer={false}
          margin={{ left: 8, right: 24, top: 18 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, end]}
            ticks={Array.from({ length: end / 50 + 1 }, (_, i) => i * 50)}
          />
          <YAxis type="category" dataKey="code" width={48} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={tooltip} />
          <ChartLegend />
          <ReferenceLine
            x={100}
            stroke={theme.palette.text.primary}
            strokeWidth={2}
            label={{ value: t.legendMedian, position: 'top' }}
          />
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
            {indexed.map((r) => (
              <Cell
                key={r.code}
                data-code={r.code}
                data-value={`${formatCell(r.index!.p25, 0)}–${formatCell(r.index!.p75, 0)}`}
                fillOpacity={selected && selected !== r.code ? 0.35 : 0.8}
              />
            ))}
          </Bar>
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
