import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
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
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          zIndex: 2000,
          p: 1,
          bgcolor: 'background.paper',
          '&:focus': { left: 8, top: 8 },
        }}
      >
        {t.skipToContent}
      </Box>
      <TopBar session={session} patient={patient} />
      <Box sx={{ display: 'flex', alignItems: 'stretch', minHeight: 'calc(100vh - 64px)' }}>
        <Box
          component="aside"
          className="klinik-chrome"
          sx={{
            width: 240,
            flexShrink: 0,
            bgcolor: 'background.paper',
            borderRight: 1,
            borderColor: 'divider',
          }}
        >
          <Navigation webapps={webapps} pathname={pathname} />
        </Box>
        <Box
          component="main"
          id="main"
          ref={main}
          tabIndex={-1}
          sx={{ flexGrow: 1, minWidth: 0, p: 3, outline: 'none' }}
        >
          {pathname === '/' && (
            <Suspense fallback={null}>
              <HomePage webapps={webapps} api={api} />
            </Suspense>
          )}
          {pathname !== '/' && !active && (
            <Alert severity="warning">{known ? t.notAllowed : t.notFound}</Alert>
          )}
          <WebappArea active={active} />
        </Box>
      </Box>
      <NotificationHost />
    </>
  );
}
