import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { ActiveSends } from './ActiveSends.tsx';

/** The webapp's frame: its one h1, the two views as tabs, and any send still under way. */
export function Layout() {
  const t = useMessages(messages);
  const { pathname } = useLocation();
  const view = pathname.includes('/historik') ? 'historik' : 'ny';
  return (
    <Stack spacing={2}>
      <div>
        <Typography component="h1" variant="h4">
          {t.title}
        </Typography>
        <Typography color="text.secondary">{t.intro}</Typography>
      </div>
      <ViewTabs view={view} />
      <ActiveSends />
      <Outlet />
    </Stack>
  );
}

/** Memoised: Tabs measure their indicator on every render, and the URL changes with every filter. */
const ViewTabs = memo(function ViewTabs({ view }: { view: 'ny' | 'historik' }) {
  const t = useMessages(messages);
  return (
    <nav aria-label={t.tabs}>
      <Tabs value={view} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="ny" label={t.compose} component={Link} to="." />
        <Tab value="historik" label={t.history} component={Link} to="historik" />
      </Tabs>
    </nav>
  );
});
