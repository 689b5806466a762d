import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { useViewState } from './useViewState.ts';

/** A code, anywhere in a table, as a link to its rule in the look-up. */
export function CodeLink({ code }: { code: string }) {
  const t = useMessages(messages);
  const { searchFor } = useViewState();
  return (
    <Link
      component={RouterLink}
      to={{ search: searchFor({ view: 'opslag', rule: code }) }}
      aria-label={t.showRule(code)}
      sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
    >
      {code}
    </Link>
  );
}
