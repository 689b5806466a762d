import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatCurrency, useMessages } from '@klinik/shared';
import type { GuidanceArticle, ServiceCode } from '../domain/types.ts';
import { messages } from '../messages.ts';
import { useViewState } from './ViewState.tsx';

/** One article of the guidance: title, text, the codes it covers (as links) and its source. */
export function ArticleCard({ article, level }: { article: GuidanceArticle; level: 'h4' | 'h5' }) {
  const t = useMessages(messages);
  const { searchFor } = useViewState();
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="article">
      <Typography component={level} variant="subtitle1" sx={{ fontWeight: 600 }}>
        {article.title}
      </Typography>
      <Typography>{article.text}</Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
        {article.codes.map((code) => (
          <Chip
            key={code}
            size="small"
            label={code}
            component={RouterLink}
            to={{ search: searchFor({ view: 'opslag', rule: code }) }}
            clickable
            aria-label={t.showRule(code)}
          />
        ))}
      </Stack>
      {article.source && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t.source}:{' '}
          <Link href={article.source} target="_blank" rel="noreferrer">
            {new URL(article.source).hostname}
          </Link>
        </Typography>
      )}
    </Paper>
  );
}

/** A code's rule: what it is, its fee, whether it counts toward the ceiling, and the guidance on it. */
export function RuleCard({
  code,
  groupName,
  articles,
}: {
  code: ServiceCode;
  groupName: string;
  articles: readonly GuidanceArticle[];
}) {
  const t = useMessages(messages);
  const { searchFor } = useViewState();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a rule from a chart or table moves focus to it, so keyboard and screen-reader users land there.
  useEffect(() => heading.current?.focus(), [code.code]);
  return (
    <Paper variant="outlined" sx={{ p: 2, borderColor: 'primary.main' }} data-testid="rule">
      <Typography component="h3" variant="h6" ref={heading} tabIndex={-1} sx={{ outline: 'none' }}>
        {code.code} {code.name}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, my: 1 }}>
        <Chip size="small" label={groupName} />
        <Chip size="small" variant="outlined" label={code.inCeiling ? t.inCeiling : t.outsideCeiling} />
        {code.chronicCareCovered && <Chip size="small" variant="outlined" label={t.coveredByChronic} />}
      </Stack>
      <Typography>
        {code.group === 'chronic-care'
          ? t.feeChronic(formatCurrency(code.feeDkk))
          : t.fee(formatCurrency(code.feeDkk))}
      </Typography>
      <Typography sx={{ mt: 1 }}>{code.guidance}</Typography>
      <Stack direction="row" className="no-print" sx={{ gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button
          component={RouterLink}
          to={{ search: searchFor({ view: 'statistik', code: code.code, rule: undefined }) }}
          variant="outlined"
          size="small"
        >
          {t.seeUsage}
        </Button>
        <Button
          component={RouterLink}
          to={{ search: searchFor({ view: 'region', code: code.code, rule: undefined }) }}
          variant="outlined"
          size="small"
        >
          {t.seeRegion}
        </Button>
      </Stack>
      {articles.length > 0 && (
        <Stack spacing={1} sx={{ mt: 2 }}>
          <Typography component="h4" variant="subtitle2">
            {t.relatedArticles}
          </Typography>
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} level="h5" />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
