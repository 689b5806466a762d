import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { EmptyState, formatNumber, useMessages } from '@klinik/shared';
import { ruleFor, searchGuidance } from '../domain/guidance.ts';
import type { AgreementRules, ServiceCode } from '../domain/types.ts';
import { exportFilename } from '../domain/view.ts';
import { messages } from '../messages.ts';
import { CodeLink } from './CodeLink.tsx';
import { csvOf, DataTable, type Column } from './DataTable.tsx';
import { ExportButton } from './ExportButton.tsx';
import { ArticleCard, RuleCard } from './RuleCard.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { useViewState } from './ViewState.tsx';

/** Look-up in the guidance on the agreement's services, by code, name or word; a code's rule on top. */
export function LookupView({ rules }: { rules: AgreementRules }) {
  const t = useMessages(messages);
  const { state, update } = useViewState();
  // What the user types is kept as typed; the URL follows it.
  const [query, setQuery] = useState(state.query);
  const groupName = new Map(rules.groups.map((g) => [g.id, g.name]));
  const rule = state.rule ? ruleFor(rules, state.rule) : undefined;
  const results = searchGuidance(rules, query);
  const searching = query.trim().length > 0;

  const columns: Column<ServiceCode>[] = [
    { label: t.columns.code, value: (c) => c.code, render: (c) => <CodeLink code={c.code} /> },
    { label: t.columns.name, value: (c) => c.name },
    { label: t.columns.group, value: (c) => groupName.get(c.group) ?? c.group },
    { label: `${t.columns.amount} (kr.)`, value: (c) => c.feeDkk, decimals: 2 },
    { label: t.articlesHeading, value: (c) => c.guidance },
  ];

  return (
    <Stack spacing={2} data-klinik-ready>
      <Typography component="h2" variant="h5">
        {t.lookupTitle}
      </Typography>
      <Typography color="text.secondary">
        {rules.agreement} · {rules.feeLevel}
      </Typography>
      <TextField
        label={t.search}
        helperText={t.searchHelp}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          update({ query: e.target.value.trim() }, { replace: true });
        }}
        type="search"
        id="opslag-soeg"
        className="no-print"
        sx={{ maxWidth: 480 }}
      />
      {state.rule &&
        (rule ? (
          <RuleCard
            code={rule.code}
            groupName={groupName.get(rule.code.group) ?? rule.code.group}
            articles={rule.articles}
          />
        ) : (
          <Alert severity="warning">{t.unknownRule(state.rule)}</Alert>
        ))}
      {!searching ? (
        !state.rule && <EmptyState title={t.startSearch}>{t.startSearchText}</EmptyState>
      ) : results.codes.length + results.articles.length === 0 ? (
        <EmptyState title={t.noResults}>{t.noResultsText}</EmptyState>
      ) : (
        <Stack spacing={2}>
          <Typography role="status" sx={{ fontWeight: 600 }}>
            {t.searchResults(results.codes.length, results.articles.length)}
          </Typography>
          {results.codes.length > 0 && (
            <>
              <SectionHeading
                level="h3"
                id="lookup-codes-title"
                actions={
                  <ExportButton
                    filename={exportFilename(state, 'opslag')}
                    csv={() => csvOf(columns, results.codes)}
                  />
                }
              >
                {t.codesHeading} ({formatNumber(results.codes.length)})
              </SectionHeading>
              <DataTable
                columns={columns}
                rows={results.codes}
                labelledBy="lookup-codes-title"
                rowKey={(c) => c.code}
              />
            </>
          )}
          {results.articles.length > 0 && (
            <Stack spacing={1}>
              <SectionHeading level="h3" id="lookup-articles-title">
                {t.articlesHeading}
              </SectionHeading>
              {results.articles.map((article) => (
                <ArticleCard key={article.id} article={article} level="h4" />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
