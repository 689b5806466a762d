import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { maskCpr, useMessages } from '@klinik/shared';
import { usePatientAccess } from '../api/queries.ts';
import { groupRejections, refusedWhole } from '../domain/transmissions.ts';
import type { Transmission } from '../domain/types.ts';
import { messages } from '../messages.ts';

/**
 * Why records were rejected, one line per reason with its code and how many records; doctors and
 * nurses also see which patients (masked CPR, linked to the record that will be resent).
 */
export function RejectionReasons({ transmission }: { transmission: Transmission }) {
  const t = useMessages(messages);
  const patientAccess = usePatientAccess();
  if (transmission.rejections.length === 0) return null;
  const whole = refusedWhole(transmission);
  return (
    <>
      {whole && (
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t.wholeRefused}
        </Typography>
      )}
      <ul style={{ margin: 0, paddingLeft: '1.25rem', fontSize: '0.875rem' }}>
        {groupRejections(transmission.rejections).map((group) => (
          <li key={`${group.code}${group.reason}`}>
            <strong>{group.code}</strong> {group.reason}
            {!whole && ` (${t.rejectionCount(group.rejections.length)})`}
            {patientAccess &&
              group.rejections.map(
                (r, i) =>
                  r.cpr && (
                    <span key={`${r.cpr}-${i}`}>
                      {' · '}
                      <Link component={RouterLink} to={`/${transmission.databaseId}/patienter/${r.cpr}`}>
                        {maskCpr(r.cpr)}
                      </Link>
                    </span>
                  ),
              )}
          </li>
        ))}
      </ul>
      {whole && (
        <Typography variant="body2" color="text.secondary">
          {t.autoResend}
        </Typography>
      )}
    </>
  );
}
