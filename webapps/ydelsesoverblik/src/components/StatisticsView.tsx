import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { EmptyState, formatDate, formatNumber, useMessages } from '@klinik/shared';
import type { AgreementRules, UsagePeriod } from '../domain/types.ts';
import {
  aggregate,
  change,
  codeRows,
  groupRows,
  selectedCodes,
  series,
  total,
  sumGroups,
  type CodeRow,
  type GroupRow,
} from '../domain/usage.ts';
import { exportFilename } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { CodeLink } from './CodeLink.tsx';
import { csvOf, DataTable, type Column } from './DataTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { UsageChart, type LabelledPoint } from './UsageChart.tsx';
import { usePeriodLabel } from './usePeriodLabel.ts';
import { useViewState } from './ViewState.tsx';

const codeRowKey = (r: CodeRow) => r.code.code;

type LabelledGroup = Omit<GroupRow, 'group'> & { label: string };

const DECIMALS = { count: 0, per1000: 1, amount: 0 } as const;
const percentChange = (now: number, before: number | undefined) => {
  const relative = change(now, before);
  return relative === undefined ? undefined : relative * 100;
};

/** The clinic's use per code and group over the period, as a chart and tables with the same numbers. */
export function StatisticsView({
  months,
  lastYearMonths,
  rules,
}: {
  months: readonly UsagePeriod[];
  lastYearMonths?: readonly UsagePeriod[];
  rules: AgreementRules;
}) {
  const t = useMessages(messages);
  const { state, update } = useViewState();
  const label = usePeriodLabel();
  const groupName = useMemo(() => new Map(rules.groups.map((g) => [g.id, g.name])), [rules.groups]);
  const shown = useMemo(
    () => selectedCodes(rules.codes, { group: state.group, code: state.code }),
    [rules.codes, state.group, state.code],
  );
  const compare = state.compare && lastYearMonths !== undefined;
  // The chart first, the tables below it in the next (interruptible) render: coming to the webapp
  // draws what is above the fold in one short task instead of everything in one long one.
  const tablesDrawn = useDeferredValue(true, false);

  const buckets = useMemo(() => aggregate(months, state.granularity), [months, state.granularity]);
  const lastYearBuckets = useMemo(
    () => (compare ? aggregate(lastYearMonths!, state.granularity) : undefined),
    [compare, lastYearMonths, state.granularity],
  );
  const period = useMemo(() => total(months), [months]);
  const lastYear = useMemo(() => (compare ? total(lastYearMonths!) : undefined), [compare, lastYearMonths]);

  // The code table does not change with the breakdown or the measure, so it is memoised: switching
  // those redraws the chart and its table, not fifty rows of codes.
  const isChosen = useCallback((r: CodeRow) => r.code.code === state.code, [state.code]);
  const rows = useMemo(() => (period ? codeRows(shown, period, lastYear) : []), [shown, period, lastYear]);
  const codeColumns = useMemo<Column<CodeRow>[]>(
    () => [
      { label: t.columns.code, value: (r) => r.code.code, render: (r) => <CodeLink code={r.code.code} /> },
      {
        label: t.columns.name,
        value: (r) => r.code.name,
        render: (r) => (
          <button
            type="button"
            className="link"
            onClick={() => update({ code: r.code.code })}
            aria-current={r.code.code === state.code ? 'true' : undefined}
          >
            {r.code.name}
          </button>
        ),
      },
      { label: t.columns.group, value: (r) => groupName.get(r.code.group) ?? r.code.group },
      { label: t.columns.count, value: (r) => r.count },
      { label: t.columns.per1000, value: (r) => r.per1000, decimals: 1 },
      { label: `${t.columns.amount} (kr.)`, value: (r) => r.amountDkk },
      { label: t.columns.covered, value: (r) => r.covered },
      ...(compare
        ? [
            { label: t.columns.lastYear, value: (r: CodeRow) => r.lastYearCount },
            {
              label: `${t.change} (%)`,
              value: (r: CodeRow) => percentChange(r.count, r.lastYearCount),
              decimals: 1,
            },
          ]
        : []),
    ],
    [t, groupName, compare, state.code, update],
  );
  const points = useMemo<LabelledPoint[]>(
    () =>
      series(buckets, shown, state.metric, lastYearBuckets).map((p) => ({
        ...p,
        label: label.ofKey(p.key, p.partial),
      })),
    [buckets, shown, state.metric, lastYearBuckets, label],
  );
  if (!period) return <EmptyState title={t.emptyUsage}>{t.emptyUsageText}</EmptyState>;

  const groups = groupRows(
    rows,
    rules.groups.map((g) => g.id),
  );
  const decimals = DECIMALS[state.metric];
  const metricLabel = t.metrics[state.metric];
  const what = state.code
    ? t.codeOption(state.code, shown[0]?.name ?? '')
    : state.group
      ? (groupName.get(state.group) ?? state.group)
      : t.everything;

  const seriesColumns: Column<LabelledPoint>[] = [
    { label: t.periodColumn, value: (p) => p.label },
    { label: metricLabel, value: (p) => p.value, decimals },
    ...(compare
      ? [
          { label: t.seriesLastYear, value: (p: LabelledPoint) => p.lastYear, decimals },
          {
            label: `${t.change} (%)`,
            value: (p: LabelledPoint) => percentChange(p.value, p.lastYear),
            decimals: 1,
          },
        ]
      : []),
  ];
  const groupColumns: Column<LabelledGroup>[] = [
    { label: t.columns.group, value: (g) => g.label },
    { label: t.columns.count, value: (g) => g.count },
    { label: t.columns.per1000, value: (g) => g.per1000, decimals: 1 },
    { label: `${t.columns.amount} (kr.)`, value: (g) => g.amountDkk },
    ...(compare
      ? [
          { label: t.columns.lastYear, value: (g: LabelledGroup) => g.lastYearCount },
          {
            label: `${t.change} (%)`,
            value: (g: LabelledGroup) => percentChange(g.count, g.lastYearCount),
            decimals: 1,
          },
        ]
      : []),
  ];
  const groupTable: LabelledGroup[] = groups.map((g) => ({ ...g, label: groupName.get(g.group) ?? g.group }));

  return (
    <Stack spacing={3} data-klinik-ready>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ justifyContent: 'space-between', gap: 1 }}>
        <Typography color="text.secondary">
          {t.listSize(
            formatNumber(Math.round(period.listSize)),
            formatDate(period.from),
            formatDate(period.to),
          )}
        </Typography>
        <Typography role="status" sx={{ fontWeight: 600 }}>
          {t.shown(points.length, t.granularities[state.granularity], rows.length)}
        </Typography>
      </Stack>
      <Stack spacing={1}>
        <SectionHeading id="usage-chart-title">{t.chartTitle(metricLabel, what)}</SectionHeading>
        <UsageChart
          points={points}
          decimals={decimals}
          title={t.chartTitle(metricLabel, what)}
          tableId="usage-series-table"
          compare={compare}
        />
        {tablesDrawn && (
          <div id="usage-series-table">
            <DataTable
              columns={seriesColumns}
              rows={points}
              labelledBy="usage-chart-title"
              rowKey={(p) => p.key}
              testId="usage-series"
              maxWidth={720}
            />
          </div>
        )}
      </Stack>
      {tablesDrawn && !state.code && groups.length > 1 && (
        <Stack spacing={1}>
          <SectionHeading id="groups-title">{t.groupsTitle}</SectionHeading>
          <DataTable
            columns={groupColumns}
            rows={groupTable}
            footer={{ ...sumGroups(groups), label: t.total }}
            labelledBy="groups-title"
            rowKey={(g) => g.label}
          />
        </Stack>
      )}
      {tablesDrawn && (
        <Stack spacing={1}>
          <SectionHeading
            id="codes-title"
            actions={<ExportButton filename={exportFilename(state)} csv={() => csvOf(codeColumns, rows)} />}
          >
            {t.codesTitle}
          </SectionHeading>
          {rows.length === 0 ? (
            <EmptyState title={t.emptyUsage}>{t.emptyUsageText}</EmptyState>
          ) : (
            <DataTable
              columns={codeColumns}
              rows={rows}
              labelledBy="codes-title"
              rowKey={codeRowKey}
              selected={isChosen}
              testId="code-table"
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
