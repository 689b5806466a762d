import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import Button from '@mui/material/Button';
import { styled } from '@mui/material/styles';
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

/**
 * Drawn as MUI's AppBar and Toolbar draw it, as one styled header: the frame is drawn on every launch,
 * before the webapp (see Navigation.tsx for what drawing it without those components saved).
 */
const Bar = styled('header')(({ theme }) => ({
  position: 'sticky',
  top: 0,
  zIndex: theme.zIndex.appBar,
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: theme.spacing(2),
  minHeight: 64,
  padding: theme.spacing(0.5, 3),
  boxSizing: 'border-box',
  backgroundColor: theme.palette.primary.main,
  color: theme.palette.primary.contrastText,
  boxShadow: theme.shadows[1],
  ...theme.typography.body1,
  '& .brand': { ...theme.typography.h6, fontWeight: 700 },
  '& .spacer': { flexGrow: 1 },
}));

export function TopBar({ session, patient }: { session: Session; patient: PatientState }) {
  const t = useMessages(shellMessages);
  const locale = useLocale();
  return (
    <Bar className="klinik-chrome">
      <span className="brand">Klinik+</span>
      <span data-testid="clinic">{t.clinic(session.clinic.name, session.clinic.ydernummer)}</span>
      <span className="spacer" />
      <PatientChip state={patient} />
      <span data-testid="user">
        {session.user.name} · {ROLE_LABELS[session.user.role][locale]}
      </span>
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
    </Bar>
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
