import { useTheme } from '@mui/material/styles';
import { Legend } from 'recharts';

/** A chart legend whose text is in the text colour (the swatch carries the series colour), for contrast. */
export function ChartLegend({ verticalAlign = 'bottom' }: { verticalAlign?: 'top' | 'bottom' }) {
  const theme = useTheme();
  return (
    <Legend
      verticalAlign={verticalAlign}
      formatter={(value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>}
    />
  );
}
