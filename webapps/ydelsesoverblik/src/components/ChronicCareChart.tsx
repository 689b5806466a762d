import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCurrency, formatNumber, useMessages } from '@klinik/shared';
import type { ChronicCareFee } from '../domain/chronic-care.ts';
import { messages } from '../messages.ts';
import { ChartFrame } from './ChartFrame.tsx';
import { ChartLegend } from './ChartLegend.tsx';
import { formatCell } from './DataTable.tsx';

/** The computed fee per quarter, stacked by patient group (each group its own colour and legend entry). */
export function ChronicCareChart({
  fees,
  quarterLabel,
  tableId,
}: {
  fees: readonly ChronicCareFee[];
  quarterLabel: (key: string) => string;
  tableId: string;
}) {
  const t = useMessages(messages);
  const theme = useTheme();
  const colours = [theme.palette.primary.main, theme.palette.secondary.main, theme.palette.grey[600]];
  const groups = [...new Map(fees.map((f) => [f.code, f.name]))];
  const quarters = [...new Set(fees.map((f) => f.quarter))];
  const data = quarters.map((quarter) => ({
    label: quarterLabel(quarter),
    ...Object.fromEntries(fees.filter((f) => f.quarter === quarter).map((f) => [f.code, f.computedDkk])),
  }));
  const feeOf = (quarter: string, code: string) => fees.find((f) => f.quarter === quarter && f.code === code);
  return (
    <ChartFrame label={`${t.chronicChartTitle}. ${t.chartAlt}`} describedBy={tableId} height={280}>
      {(width) => (
        <BarChart
          width={width}
          height={280}
          data={data}
          accessibilityLayer={false}
          margin={{ left: 8, right: 8, top: 12 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })} width={56} />
          <Tooltip formatter={(value) => formatCurrency(Number(value))} />
          <ChartLegend />
          {groups.map(([code, name], i) => (
            <Bar
              key={code}
              dataKey={code}
              name={`${code} ${name}`}
              stackId="fee"
              fill={colours[i % colours.length]}
              isAnimationActive={false}
            >
              {quarters.map((quarter) => (
                <Cell
                  key={quarter}
                  data-label={`${quarterLabel(quarter)} ${code}`}
                  data-value={formatCell(feeOf(quarter, code)?.computedDkk, 2)}
                />
              ))}
            </Bar>
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}
