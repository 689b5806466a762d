import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { EmptyState, formatDateTime, toApiError, useKlinik, useMessages } from '@klinik/shared';
import { useBenchmark, useRules, useUsage } from '../api/queries.ts';
import { monthRange, sameRangeLastYear } from '../domain/period.ts';
import { VIEWS, type View } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { selectedCodes } from '../domain/usage.ts';
import { BenchmarkView } from './BenchmarkView.tsx';
import { CeilingView } from './CeilingView.tsx';
import { ChronicCareView } from './ChronicCareView.tsx';
import { Controls } from './Controls.tsx';
import { Loaded } from './Loaded.tsx';
import { LookupView } from './LookupView.tsx';
import { StatisticsView } from './StatisticsView.tsx';
import { usePeriodLabel } from './usePeriodLabel.ts';
import { useViewState, ViewStateProvider } from './ViewState.tsx';

/** The print layout: controls hidden, the print header shown (the shell hides its own frame). */
const PRINT_LAYOUT = {
  '@media print': { '& .no-print': { display: 'none' } },
  '@media screen': { '& .print-only': { display: 'none' } },
};

const isNotFound = (error: unknown) => error !== null && toApiError(error).kind === 'not-found';

/** Ydelsesoverblik: one page, one tab per view; the view and its settings live in the URL. */
export function OverviewPage() {
  return (
    <ViewStateProvider>
      <Overview />
    </ViewStateProvider>
  );
}

function Overview() {
  const t = useMessages(messages);
  const { clinic } = useKlinik();
  const { state, today } = useViewState();
  const label = usePeriodLabel();
  const range = monthRange(state.period, today);
  const lastYearRange = sameRangeLastYear(range, today);
  const rules = useRules();
  const usage = useUsage(state.view === 'statistik' || state.view === 'kroniker' ? range : undefined);
  const lastYear = useUsage(state.view === 'statistik' && state.compare ? lastYearRange : undefined);
  const benchmark = useBenchmark(range, state.view === 'region');
  // The §93 statement is for the period's calendar year, with that year's ceilings.
  const ceilingYear = state.period.year === today.getUTCFullYear() ? undefined : state.period.year;
  const ceilingRules = useRules(ceilingYear, state.view === 'loft');
  const yearUsage = useUsage(
    state.view === 'loft' ? monthRange({ year: state.period.year }, today) : undefined,
  );

  return (
    <Stack spacing={2} sx={PRINT_LAYOUT}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'start', gap: 2 }}>
        <div>
          <Typography component="h1" variant="h4">
            {t.title}
          </Typography>
          <Typography color="text.secondary">{t.intro(clinic.name)}</Typography>
        </div>
        <Button
          className="no-print"
          variant="outlined"
          startIcon={<PrintIcon />}
          onClick={() => window.print()}
        >
          {t.print}
        </Button>
      </Stack>
      <Typography className="print-only" variant="body2">
        {t.printedAt(formatDateTime(new Date()), `${t.views[state.view]} · ${label.ofPeriod(state.period)}`)}
      </Typography>
      <Loaded query={rules}>
        {(agreement) => (
          <Stack spacing={2}>
            {state.view !== 'opslag' && (
              <Controls
                groups={agreement.groups}
                codes={agreement.codes}
                compareAvailable={lastYearRange !== undefined}
              />
            )}
            <ViewTabs view={state.view} />
            <Box role="tabpanel" id={`panel-${state.view}`} aria-labelledby={`tab-${state.view}`}>
              {state.view === 'statistik' && (
                <Loaded query={usage}>
                  {(current) =>
                    state.compare && lastYearRange ? (
                      <Loaded query={lastYear}>
                        {(previous) => (
                          <StatisticsView
                            months={current.periods}
                            lastYearMonths={previous.periods}
                            rules={agreement}
                          />
                        )}
                      </Loaded>
                    ) : (
                      <StatisticsView months={current.periods} rules={agreement} />
                    )
                  }
                </Loaded>
              )}
              {state.view === 'loft' &&
                (isNotFound(ceilingRules.error) ? (
                  <EmptyState title={t.noCeiling(state.period.year)}>{t.noCeilingText}</EmptyState>
                ) : (
                  <Loaded query={ceilingRules}>
                    {(yearRules) => (
                      <Loaded query={yearUsage}>
                        {(usageOfYear) => <CeilingView months={usageOfYear.periods} rules={yearRules} />}
                      </Loaded>
                    )}
                  </Loaded>
                ))}
              {state.view === 'opslag' && <LookupView rules={agreement} />}
              {state.view === 'kroniker' && (
                <Loaded query={usage}>
                  {(current) => <ChronicCareView months={current.periods} rules={agreement} />}
                </Loaded>
              )}
              {state.view === 'region' && (
                <Loaded query={benchmark}>
                  {(b) => (
                    <BenchmarkView
                      benchmark={b}
                      codes={selectedCodes(agreement.codes, { group: state.group })}
                    />
                  )}
                </Loaded>
              )}
            </Box>
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}

/** Memoised: Tabs measure themselves on every render, and the URL changes with every setting. */
const ViewTabs = memo(function ViewTabs({ view: current }: { view: View }) {
  const t = useMessages(messages);
  const { update } = useViewState();
  return (
    <Tabs
      value={current}
      onChange={(_, view: View) => update({ view })}
      aria-label={t.viewsLabel}
      variant="scrollable"
      allowScrollButtonsMobile
      className="no-print"
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {VIEWS.map((view) => (
        <Tab
          key={view}
          value={view}
          label={t.views[view]}
          id={`tab-${view}`}
          aria-controls={`panel-${view}`}
        />
      ))}
    </Tabs>
  );
});
