import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '@klinik/shared';
import { usePatientAccess } from '../api/queries.ts';
import type { DatabaseId } from '../domain/types.ts';
import { messages } from '../messages.ts';

type View = 'indicators' | 'patients' | 'transmissions';

/**
 * Links between a database's views, drawn as tabs; they are links (each view has its own URL), so
 * the current one is marked with aria-current rather than a tab role. The patient list only for
 * roles that may see it.
 */
export function DatabaseTabs({ databaseId, current }: { databaseId: DatabaseId; current: View }) {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess();
  const views: Array<{ view: View; to: string; label: string }> = [
    { view: 'indicators', to: `/${databaseId}`, label: t.indicators },
    ...(patientAccess
      ? [{ view: 'patients' as const, to: `/${databaseId}/patienter`, label: t.patients }]
      : []),
    { view: 'transmissions', to: `/indberetninger?database=${databaseId}`, label: t.transmissions },
  ];
  return (
    <Box
      component="nav"
      aria-label={t.views}
      sx={{ borderBottom: 1, borderColor: 'divider', display: 'flex', gap: 1 }}
    >
      {views.map(({ view, to, label }) => (
        <ButtonBase
          key={view}
          component={RouterLink}
          to={to}
          aria-current={view === current ? 'page' : undefined}
          sx={{
            px: 2,
            py: 1.25,
            fontWeight: 600,
            color: view === current ? 'primary.main' : 'text.secondary',
            borderBottom: 3,
            borderColor: view === current ? 'primary.main' : 'transparent',
            '&:hover': { color: 'primary.main' },
            '&.Mui-focusVisible, &:focus-visible': {
              outline: '3px solid',
              outlineColor: 'primary.main',
              outlineOffset: -3,
            },
          }}
        >
          {label}
        </ButtonBase>
      ))}
    </Box>
  );
}
