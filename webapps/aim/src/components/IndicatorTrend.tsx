import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, useMessages } from '@klinik/shared';
import type { Indicator } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { formatPct } from './format.ts';
import { DataTable } from './tables.ts';

/**
 * One indicator over eight quarters: clinic, region and country as lines told apart by colour, dash
 * and marker, the standard as a reference line; the table under it has the same numbers.
 */
export function IndicatorTrend({ indicator }: { indicator: Indicator }) {
  const t = useMessages(messages);
  const theme = useTheme();
  const label = (value: unknown) => (typeof value === 'number' ? formatPct(value) : String(value));
  return (
    <Box>
      <Box role="img" aria-label={t.chartLabel(indicator.name)} sx={{ width: '100%', height: 300 }}>
        <LineChart
          responsive
          accessibilityLayer={false}
          style={{ width: '100%', height: 300 }}
          data={indicator.series}
          margin={{ top: 8, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis dataKey="period" tick={{ fill: theme.palette.text.primary, fontSize: 12 }} />
          <YAxis
            domain={[0, 100]}
            tickFormatter={label}
            tick={{ fill: theme.palette.text.primary, fontSize: 12 }}
            width={56}
          />
          <Tooltip formatter={label} />
          <Legend />
          {indicator.standardPct !== undefined && (
            <ReferenceLine
              y={indicator.standardPct}
              stroke={theme.palette.success.main}
              strokeDasharray="8 4"
              label={{
                value: t.series.standard,
                position: 'insideTopRight',
                fill: theme.palette.success.main,
                fontSize: 12,
              }}
            />
          )}
          <Line
            dataKey="clinicPct"
            name={t.series.clinic}
            stroke={theme.palette.primary.main}
            strokeWidth={3}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
          <Line
            dataKey="regionPct"
            name={t.series.region}
            stroke={theme.palette.secondary.main}
            strokeDasharray="6 3"
            dot={{ r: 3, strokeWidth: 2 }}
            isAnimationActive={false}
          />
          <Line
            dataKey="nationalPct"
            name={t.series.national}
            stroke={theme.palette.grey[700]}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </Box>
      <DataTable>
        <caption>{t.trendCaption(indicator.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.quarter}</th>
            <th scope="col" className="num">
              {t.columns.clinic}
            </th>
            <th scope="col" className="num">
              {t.columns.fulfilled}
            </th>
            <th scope="col" className="num">
              {t.columns.region}
            </th>
            <th scope="col" className="num">
              {t.columns.national}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicator.series.map((point) => (
            <tr key={point.period}>
              <th scope="row">{point.period}</th>
              <td className="num">{formatPct(point.clinicPct)}</td>
              <td className="num">
                {t.fraction(formatNumber(point.numerator), formatNumber(point.denominator))}
              </td>
              <td className="num">{formatPct(point.regionPct)}</td>
              <td className="num">{formatPct(point.nationalPct)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Box>
  );
}
