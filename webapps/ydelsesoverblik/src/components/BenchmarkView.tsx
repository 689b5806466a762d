import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import RemoveIcon from '@mui/icons-material/Remove';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState, formatPercent, useMessages } from '@klinik/shared';
import { benchmarkRows, benchmarkScope, type BenchmarkRow, type Placement } from '../domain/benchmark.ts';
import type { Benchmark, ServiceCode } from '../domain/types.ts';
import { exportFilename } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { BenchmarkChart } from './BenchmarkChart.tsx';
import { CodeLink } from './CodeLink.tsx';
import { csvOf, DataTable, formatCell, type Column } from './DataTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { useViewState } from './ViewState.tsx';

const PLACEMENT_ICON: Record<Placement, typeof RemoveIcon> = {
  below: ArrowDownwardIcon,
  within: RemoveIcon,
  above: ArrowUpwardIcon,
};

/** The clinic against comparable clinics in its region, per code per 1,000 listed patients. */
export function BenchmarkView({ benchmark, codes }: { benchmark: Benchmark; codes: readonly ServiceCode[] }) {
  const t = useMessages(messages);
  const { state, update } = useViewState();
  const scope = benchmarkScope(benchmark);
  const rows = benchmarkRows(benchmark, codes);
  const chosen = state.code ? rows.find((r) => r.code === state.code) : undefined;

  const columns: Column<BenchmarkRow>[] = [
    { label: t.columns.code, value: (r) => r.code, render: (r) => <CodeLink code={r.code} /> },
    { label: t.columns.name, value: (r) => r.service.name },
    { label: t.benchmarkColumns.clinic, value: (r) => r.clinicPer1000, decimals: 1 },
    { label: t.benchmarkColumns.p25, value: (r) => r.p25, decimals: 1 },
    { label: t.benchmarkColumns.median, value: (r) => r.median, decimals: 1 },
    { label: t.benchmarkColumns.p75, value: (r) => r.p75, decimals: 1 },
    {
      label: t.benchmarkColumns.placement,
      value: (r) => t.placements[r.placement],
      render: (r) => {
        const Icon = PLACEMENT_ICON[r.placement];
        return (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
            <Icon fontSize="small" aria-hidden />
            {t.placements[r.placement]}
          </Stack>
        );
      },
    },
    { label: `${t.benchmarkColumns.percentile} (%)`, value: (r) => r.clinicPercentile },
    { label: t.benchmarkColumns.index, value: (r) => r.index?.clinic, decimals: 0 },
    {
      label: t.benchmarkColumns.spreadIndex,
      value: (r) => r.index && `${formatCell(r.index.p25, 0)}–${formatCell(r.index.p75, 0)}`,
    },
  ];

  return (
    <Stack spacing={2} data-klinik-ready>
      <Typography component="h2" variant="h5">
        {t.benchmarkTitle(benchmark.regionName)}
      </Typography>
      <Typography data-testid="benchmark-scope" sx={{ fontWeight: 600 }}>
        {t.benchmarkScope(scope.others, scope.clinics, scope.bornholm, benchmark.regionName)}
      </Typography>
      <Typography color="text.secondary">{t.benchmarkNote}</Typography>
      {chosen && (
        <Alert severity="info" icon={false} data-testid="chosen-benchmark">
          <AlertTitle>
            <CodeLink code={chosen.code} /> {chosen.service.name} · {t.placements[chosen.placement]}
          </AlertTitle>
          {t.selectedBenchmarkText(
            formatCell(chosen.clinicPer1000, 1),
            formatCell(chosen.median, 1),
            formatCell(chosen.p25, 1),
            formatCell(chosen.p75, 1),
            formatPercent(chosen.clinicPercentile / 100),
          )}
        </Alert>
      )}
      {rows.length === 0 ? (
        <EmptyState title={t.emptyBenchmark}>{t.emptyBenchmarkText}</EmptyState>
      ) : (
        <>
          <SectionHeading
            level="h3"
            id="benchmark-title"
            actions={<ExportButton filename={exportFilename(state)} csv={() => csvOf(columns, rows)} />}
          >
            {t.benchmarkChartTitle}
          </SectionHeading>
          <BenchmarkChart
            rows={rows}
            tableId="benchmark-table"
            selected={state.code}
            onOpenRule={(code) => update({ view: 'opslag', rule: code })}
          />
          <div id="benchmark-table">
            <DataTable
              columns={columns}
              rows={rows}
              labelledBy="benchmark-title"
              rowKey={(r) => r.code}
              selected={(r) => r.code === state.code}
              testId="benchmark-rows"
            />
          </div>
        </>
      )}
    </Stack>
  );
}
