import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { maskCpr, useMessages } from '@klinik/shared';
import { usePatientAccess } from '../api/queries.ts';
import { groupRejections, refusedWhole } from '../domain/transmissions.ts';
import type { Transmission } from '../domain/types.ts';
import { messages } from '../messages.ts';

/** Plain router links in one stylesheet: the log lists a few hundred patients, a MUI Link each was slow. */
const ReasonList = styled('ul')(({ theme }) => ({
  margin: 0,
  paddingLeft: '1.25rem',
  fontSize: '0.875rem',
  '& a': { color: theme.palette.primary.main },
  '& a:focus-visible': { outline: `3px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
}));

/** On the overview, the most frequent reasons; the log has them all, with the patients. */
const COMPACT_GROUPS = 2;

interface RejectionReasonsProps {
  transmission: Transmission;
  compact?: boolean;
}

/**
 * Why records were rejected, one line per reason with its code and how many records; in the log,
 * doctors and nurses also see which patients (masked CPR, linked to the record that will be resent).
 */
export function RejectionReasons({ transmission, compact = false }: RejectionReasonsProps) {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess() && !compact;
  if (transmission.rejections.length === 0) return null;
  const whole = refusedWhole(transmission);
  const groups = groupRejections(transmission.rejections);
  const shown = compact ? groups.slice(0, COMPACT_GROUPS) : groups;
  return (
    <>
      {whole && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t.wholeRefused}
        </Typography>
      )}
      <ReasonList>
        {shown.map((group) => (
          <li key={`${group.code}${group.reason}`}>
            <strong>{group.code}</strong> {group.reason}
            {!whole && ` (${t.rejectionCount(group.rejections.length)})`}
            {patientAccess &&
              group.rejections.map(
                (r, i) =>
                  r.cpr && (
                    <span key={`${r.cpr}-${i}`}>
                      {' · '}
                      <RouterLink to={`/${transmission.databaseId}/patienter/${r.cpr}`}>
                        {maskCpr(r.cpr)}
                      </RouterLink>
                    </span>
                  ),
              )}
          </li>
        ))}
        {groups.length > shown.length && (
          <li>
            <RouterLink to={`/indberetninger?database=${transmission.databaseId}&afviste=ja`}>
              {t.moreReasons(groups.length - shown.length)}
            </RouterLink>
          </li>
        )}
      </ReasonList>
      {whole && (
        <Typography variant="body2" color="text.secondary">
          {t.autoResend}
        </Typography>
      )}
    </>
  );
}
