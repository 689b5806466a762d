import { alpha, styled } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { useRuleSearch } from './ViewState.tsx';

/** Styled once for every code link: tables hold fifty of them, too many for a MUI Link each. */
const Anchor = styled(RouterLink)(({ theme }) => ({
  color: theme.palette.primary.main,
  fontWeight: 600,
  fontVariantNumeric: 'tabular-nums',
  textDecorationColor: alpha(theme.palette.primary.main, 0.4),
  '&:hover': { textDecorationColor: 'inherit' },
  '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
}));

/** A code, anywhere in a table, as a link to its rule in the look-up. */
export function CodeLink({ code }: { code: string }) {
  const t = useMessages(messages);
  return (
    <Anchor to={{ search: useRuleSearch(code) }} aria-label={t.showRule(code)}>
      {code}
    </Anchor>
  );
}
