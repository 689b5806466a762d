import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import {
  localeStore,
  maskCpr,
  ROLE_LABELS,
  useLocale,
  useMessages,
  type PatientInContext,
} from '@klinik/shared';
import type { Session } from '../auth/session.ts';
import { shellMessages } from '../messages.ts';
import { Pill } from './Pill.tsx';

export type PatientState =
  { status: 'loading' } | { status: 'ready'; patient: PatientInContext | null } | { status: 'error' };

export function TopBar({ session, patient }: { session: Session; patient: PatientState }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  return (
    <AppBar position="sticky" elevation={1} className="klinik-chrome">
      <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 0.5 }}>
        <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
          Klinik+
        </Typography>
        <Typography component="span" data-testid="clinic">
          {t.clinic(session.clinic.name, session.clinic.ydernummer)}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <PatientChip state={patient} />
        <Typography component="span" data-testid="user">
          {session.user.name} · {ROLE_LABELS[session.user.role][locale]}
        </Typography>
        <Button
          color="inherit"
          variant="outlined"
          size="small"
          lang={locale === 'da' ? 'en' : 'da'}
          aria-label={t.switchLanguageLabel}
          onClick={() => localeStore.set(locale === 'da' ? 'en' : 'da')}
        >
          {t.switchLanguage}
        </Button>
        <Button color="inherit" startIcon={<LogoutIcon />} onClick={() => void session.logout()}>
          {t.logout}
        </Button>
      </Toolbar>
    </AppBar>
  );
}

function PatientChip({ state }: { state: PatientState }) {
  const t = useMessages(shellMessages);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <Pill colour="warning">{t.patientUnavailable}</Pill>;
  if (!state.patient) return null;
  const { name, cpr } = state.patient;
  return (
    <Pill data-testid="patient" sx={{ bgcolor: 'common.white', color: 'primary.dark', fontWeight: 600 }}>
      <PersonIcon />
      {`${t.patient}: ${name} · ${maskCpr(cpr)}`}
    </Pill>
  );
}
