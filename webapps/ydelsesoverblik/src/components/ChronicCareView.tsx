import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { EmptyState, formatCurrency, formatNumber, useMessages } from '@klinik/shared';
import {
  chronicCareFees,
  coveredContacts,
  paidAsComputed,
  type ChronicCareFee,
  type CoveredContacts,
} from '../domain/chronic-care.ts';
import type { AgreementRules, UsagePeriod } from '../domain/types.ts';
import { aggregate, total } from '../domain/usage.ts';
import { exportFilename } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { ChronicCareChart } from './ChronicCareChart.tsx';
import { CodeLink } from './CodeLink.tsx';
import { csvOf, DataTable, type Column } from './DataTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { usePeriodLabel } from './usePeriodLabel.ts';
import { useViewState } from './ViewState.tsx';

type Check = 'ok' | 'differs' | 'pending';
const checkOf = (fee: ChronicCareFee): Check =>
  !fee.billed ? 'pending' : paidAsComputed(fee) ? 'ok' : 'differs';
const CHECK_ICON = { ok: CheckCircleIcon, differs: ErrorIcon, pending: ScheduleIcon } as const;
const CHECK_COLOUR = { ok: 'success.main', differs: 'error.main', pending: 'text.secondary' } as const;

/** Kronikerhonorar per patient group and quarter, computed the agreement's way with the sum shown. */
export function ChronicCareView({
  months,
  rules,
}: {
  months: readonly UsagePeriod[];
  rules: AgreementRules;
}) {
  const t = useMessages(messages);
  const { state } = useViewState();
  const label = usePeriodLabel();
  const quarters = aggregate(months, 'quarter');
  const fees = chronicCareFees(quarters, rules.chronicCare);
  const period = total(months);
  const covered = period ? coveredContacts(period, rules.codes, rules.chronicCare) : [];
  const kr = (value: number) => formatCurrency(value);

  const columns: Column<ChronicCareFee>[] = [
    { label: t.chronicColumns.quarter, value: (f) => label.ofKey(f.quarter) },
    {
      label: t.chronicColumns.group,
      value: (f) => `${f.code} ${f.name}`,
      render: (f) => (
        <>
          <CodeLink code={f.code} /> {f.name}
        </>
      ),
    },
    { label: t.chronicColumns.patients, value: (f) => f.patients },
    { label: `${t.chronicColumns.annualFee} (kr.)`, value: (f) => f.annualFeeDkk, decimals: 2 },
    {
      label: t.chronicColumns.calculation,
      value: (f) => t.calculation(formatNumber(f.patients), kr(f.annualFeeDkk), kr(f.computedDkk)),
      render: (f) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {t.calculation(formatNumber(f.patients), kr(f.annualFeeDkk), kr(f.computedDkk))}
        </Box>
      ),
    },
    { label: `${t.chronicColumns.computed} (kr.)`, value: (f) => f.computedDkk, decimals: 2 },
    { label: `${t.chronicColumns.paid} (kr.)`, value: (f) => f.paidDkk, decimals: 2 },
    {
      label: t.chronicColumns.check,
      value: (f) => t.checks[checkOf(f)],
      render: (f) => {
        const check = checkOf(f);
        const Icon = CHECK_ICON[check];
        return (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, color: CHECK_COLOUR[check] }}>
            <Icon fontSize="small" aria-hidden />
            {t.checks[check]}
          </Stack>
        );
      },
    },
  ];
  const computed = fees.reduce((sum, f) => sum + f.computedDkk, 0);
  const paid = fees.reduce((sum, f) => sum + f.paidDkk, 0);

  const coveredColumns: Column<CoveredContacts>[] = [
    { label: t.columns.code, value: (c) => c.code.code, render: (c) => <CodeLink code={c.code.code} /> },
    { label: t.columns.name, value: (c) => c.code.name },
    { label: t.coveredColumns.count, value: (c) => c.count },
    { label: t.coveredColumns.covered, value: (c) => c.covered },
    { label: `${t.coveredColumns.value} (kr.)`, value: (c) => c.valueDkk, decimals: 2 },
  ];

  return (
    <Stack spacing={2} data-klinik-ready>
      <Typography component="h2" variant="h5" id="chronic-title">
        {t.chronicTitle}
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {t.chronicRuleTitle}
        </Typography>
        <Typography>{rules.chronicCare.text}</Typography>
        <Typography sx={{ mt: 1 }}>
          {rules.chronicCare.rules.map((r) => `${r.code} ${r.name}: ${kr(r.annualFeeDkk)}`).join(' · ')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {t.chronicExclusion(rules.chronicCare.excludedSikringsgruppe, rules.chronicCare.endCode)}
        </Typography>
      </Paper>
      {fees.length === 0 ? (
        <EmptyState title={t.emptyChronic}>{t.emptyChronicText}</EmptyState>
      ) : (
        <>
          <SectionHeading
            level="h3"
            id="chronic-table-title"
            actions={<ExportButton filename={exportFilename(state)} csv={() => csvOf(columns, fees)} />}
          >
            {t.chronicChartTitle}
          </SectionHeading>
          <ChronicCareChart fees={fees} quarterLabel={(q) => label.ofKey(q)} tableId="chronic-table" />
          <div id="chronic-table">
            <DataTable
              columns={columns}
              rows={fees}
              labelledBy="chronic-table-title"
              rowKey={(f) => `${f.quarter}-${f.code}`}
              testId="chronic-rows"
            />
          </div>
          <Typography sx={{ fontWeight: 600 }} data-testid="chronic-total">
            {t.chronicTotal(kr(computed), kr(paid))}
          </Typography>
        </>
      )}
      {covered.length > 0 && (
        <>
          <SectionHeading level="h3" id="covered-title">
            {t.coveredTitle}
          </SectionHeading>
          <DataTable
            columns={coveredColumns}
            rows={covered}
            labelledBy="covered-title"
            rowKey={(c) => c.code.code}
          />
        </>
      )}
    </Stack>
  );
}
