import HomeIcon from '@mui/icons-material/Home';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useEffect } from 'react';
import { navigateToUrl } from 'single-spa';
import { useLocale, useMessages, type WebappManifestEntry } from '@klinik/shared';
import { shellMessages } from '../messages.ts';
import { isUnder } from '../registry/webapp-routes.ts';
import { WebappIcon } from './icons.tsx';
import { rememberWebappLocations, webappHref } from './last-location.ts';

/** Links to the home page and the webapps this user's role allows. */
export function Navigation({ webapps, pathname }: { webapps: WebappManifestEntry[]; pathname: string }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  useEffect(() => rememberWebappLocations(webapps), [webapps]);
  const link = (href: string, label: string, icon: React.ReactNode, current: boolean) => (
    <ListItemButton
      key={label}
      component="a"
      href={href}
      onClick={navigateToUrl}
      selected={current}
      aria-current={current ? 'page' : undefined}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>{icon}</ListItemIcon>
      <ListItemText primary={label} />
    </ListItemButton>
  );
  return (
    <nav aria-label={t.navigation}>
      {/* A div, not a ul: the links are the list's items, and a ul may only hold li elements. */}
      <List component="div">
        {link('/', t.home, <HomeIcon aria-hidden />, pathname === '/')}
        {webapps.map((webapp) =>
          link(
            webappHref(webapp, pathname),
            webapp.title[locale],
            <WebappIcon name={webapp.icon} />,
            isUnder(pathname, webapp.route),
          ),
        )}
      </List>
    </nav>
  );
}
