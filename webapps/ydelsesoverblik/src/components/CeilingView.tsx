import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatCurrency, formatDate, formatNumber, formatPercent, useMessages } from '@klinik/shared';
import { ceilingStatement, type CeilingLine } from '../domain/ceiling.ts';
import type { AgreementRules, UsagePeriod } from '../domain/types.ts';
import { total } from '../domain/usage.ts';
import { exportFilename } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { CeilingChart } from './CeilingChart.tsx';
import { CeilingStatusChip } from './CeilingStatusChip.tsx';
import { CodeLink } from './CodeLink.tsx';
import { csvOf, DataTable, type Column } from './DataTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { useViewState } from './ViewState.tsx';

interface NamedLine extends CeilingLine {
  label: string;
}

/** The §93 statement: use so far against each ceiling, the projection to year end, and warnings. */
export function CeilingView({ months, rules }: { months: readonly UsagePeriod[]; rules: AgreementRules }) {
  const t = useMessages(messages);
  const { state } = useViewState();
  const year = total(months);
  if (!year) return null;
  const statement = ceilingStatement(year, rules.codes, rules.ceiling);
  const nameOf = new Map(rules.codes.map((c) => [c.code, c.name]));
  const fee = statement.feePerPatient;
  const lines: NamedLine[] = [
    { ...fee, label: t.feePerPatientLabel },
    ...statement.services.map((s) => ({ ...s, label: `${s.code} ${nameOf.get(s.code ?? '') ?? ''}`.trim() })),
  ];
  const warned = lines.filter((l) => l.status !== 'ok');
  const pct = (share: number) => share * 100;
  const columns: Column<NamedLine>[] = [
    {
      label: t.columns.name,
      value: (l) => l.label,
      render: (l) =>
        l.code ? (
          <>
            <CodeLink code={l.code} /> {nameOf.get(l.code)}
          </>
        ) : (
          l.label
        ),
    },
    { label: t.ceilingColumns.used, value: (l) => l.used, decimals: 1 },
    { label: t.ceilingColumns.projected, value: (l) => l.projected, decimals: 1 },
    { label: t.ceilingColumns.ceiling, value: (l) => l.ceiling, decimals: 1 },
    { label: t.ceilingColumns.regionAverage, value: (l) => l.regionAverage, decimals: 1 },
    { label: `${t.ceilingColumns.usedShare} (%)`, value: (l) => pct(l.usedShare), decimals: 1 },
    { label: `${t.ceilingColumns.projectedShare} (%)`, value: (l) => pct(l.projectedShare), decimals: 1 },
    {
      label: t.ceilingColumns.status,
      value: (l) => t.statuses[l.status],
      render: (l) => <CeilingStatusChip status={l.status} />,
    },
  ];

  return (
    <Stack spacing={2} data-klinik-ready>
      <Typography component="h2" variant="h5">
        {t.ceilingTitle(statement.year)}
      </Typography>
      <Typography color="text.secondary">
        {statement.shareElapsed < 1
          ? t.elapsed(formatDate(year.to), formatPercent(statement.shareElapsed))
          : t.yearEnded(formatDate(year.to))}
      </Typography>
      <Alert
        severity={warned.some((l) => l.status === 'over') ? 'error' : warned.length ? 'warning' : 'success'}
        data-testid="ceiling-summary"
      >
        {warned.length ? t.ceilingWarnings(warned.length) : t.ceilingAllOk}
        {warned.length > 0 && (
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {warned.map((l) => (
              <li key={l.label}>
                {l.label}: {t.statuses[l.status]} (
                {formatNumber(pct(l.projectedShare), { maximumFractionDigits: 0 })} %{' '}
                {t.ceilingColumns.projectedShare.toLocaleLowerCase()})
              </li>
            ))}
          </ul>
        )}
      </Alert>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack
          direction="row"
          sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}
        >
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {t.feePerPatient}
          </Typography>
          <CeilingStatusChip status={fee.status} />
        </Stack>
        <Typography sx={{ mt: 1 }}>
          {t.feeBasis(
            formatCurrency(statement.feesInCeilingDkk),
            formatNumber(Math.round(statement.listSize)),
            formatCurrency(fee.used),
          )}
        </Typography>
        <Typography color="text.secondary">
          {t.thresholdText(
            formatCurrency(rules.ceiling.regionAverageFeePerPatientDkk),
            `${formatNumber(rules.ceiling.thresholdPct)} %`,
            formatCurrency(rules.ceiling.ceilingFeePerPatientDkk),
          )}
        </Typography>
      </Paper>
      <SectionHeading
        level="h3"
        id="ceiling-table-title"
        actions={<ExportButton filename={exportFilename(state)} csv={() => csvOf(columns, lines)} />}
      >
        {t.ceilingChartTitle}
      </SectionHeading>
      <CeilingChart
        bars={lines.map((l) => ({ label: l.label, projectedPct: pct(l.projectedShare), status: l.status }))}
        warningAtPct={rules.ceiling.warningAtPct}
        tableId="ceiling-table"
      />
      <Typography variant="body2" color="text.secondary">
        {t.ceilingServicesTitle}
      </Typography>
      <div id="ceiling-table">
        <DataTable
          columns={columns}
          rows={lines}
          labelledBy="ceiling-table-title"
          rowKey={(l) => l.label}
          testId="ceiling-rows"
        />
      </div>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t.ceilingRuleTitle}
        </Typography>
        <Typography>{rules.ceiling.text}</Typography>
        <Typography sx={{ mt: 1 }}>
          {t.warningRule(`${formatNumber(rules.ceiling.warningAtPct)} %`)}
        </Typography>
      </Paper>
    </Stack>
  );
}
