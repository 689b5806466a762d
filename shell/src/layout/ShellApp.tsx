import Alert from '@mui/material/Alert';
import { styled } from '@mui/material/styles';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useMessages, type PlspClient, type WebappManifestEntry } from '@klinik/shared';
import type { Session } from '../auth/session.ts';
import { shellMessages } from '../messages.ts';
import { webappAt } from '../registry/webapp-routes.ts';
import { usePathname } from './location.ts';
import { Navigation } from './Navigation.tsx';
import { NotificationHost } from './notifications.tsx';
import { TopBar, type PatientState } from './TopBar.tsx';
import { WebappArea } from './WebappArea.tsx';

// Loaded when shown: a launch into a webapp (the usual case mid-consultation) never needs it.
const HomePage = lazy(() => import('./HomePage.tsx').then(({ HomePage }) => ({ default: HomePage })));

interface ShellAppProps {
  session: Session;
  api: PlspClient;
  /** The webapps this user's role allows. */
  webapps: WebappManifestEntry[];
  /** All webapps, to tell "not allowed" from "not found". */
  allWebapps: WebappManifestEntry[];
  patient: PatientState;
}

// The frame's layout as styled elements rather than `sx` Boxes: the same CSS, one component less each.
const SkipLink = styled('a')(({ theme }) => ({
  position: 'absolute',
  left: -9999,
  zIndex: 2000,
  padding: theme.spacing(1),
  backgroundColor: theme.palette.background.paper,
  '&:focus': { left: 8, top: 8 },
}));
const Body = styled('div')({ display: 'flex', alignItems: 'stretch', minHeight: 'calc(100vh - 64px)' });
const Aside = styled('aside')(({ theme }) => ({
  width: 240,
  flexShrink: 0,
  backgroundColor: theme.palette.background.paper,
  borderRight: `1px solid ${theme.palette.divider}`,
}));
const Main = styled('main')(({ theme }) => ({
  flexGrow: 1,
  minWidth: 0,
  padding: theme.spacing(3),
  outline: 'none',
}));

/** The portal frame: top bar, navigation, and either the home page or the active webapp. */
export function ShellApp({ session, api, webapps, allWebapps, patient }: ShellAppProps) {
  const t = useMessages(shellMessages);
  const pathname = usePathname();
  const active = webappAt(webapps, pathname);
  const known = webappAt(allWebapps, pathname) !== undefined;
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // Move focus to the content when the user switches webapp, so keyboard and screen reader users follow.
  const section = active?.name ?? pathname;
  useEffect(() => {
    if (firstPath.current !== null && firstPath.current === window.location.pathname) return;
    firstPath.current = '';
    main.current?.focus();
  }, [section]);

  return (
    <>
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <TopBar session={session} patient={patient} />
      <Body>
        <Aside className="klinik-chrome">
          <Navigation webapps={webapps} pathname={pathname} />
        </Aside>
        <Main id="main" ref={main} tabIndex={-1}>
          {pathname === '/' && (
            <Suspense fallback={null}>
              <HomePage webapps={webapps} api={api} />
            </Suspense>
          )}
          {pathname !== '/' && !active && (
            <Alert severity="warning">{known ? t.notAllowed : t.notFound}</Alert>
          )}
          <WebappArea active={active} />
        </Main>
      </Body>
      <NotificationHost />
    </>
  );
}
