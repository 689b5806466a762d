import type { AccessTokenClaims } from '../../shared/src/auth/claims.ts';
import { problem } from './problem.ts';

/**
 * A stored record as the caller may see it: 404 when it does not exist, 403 when it belongs to another
 * clinic (asking for another clinic's data is refused, never answered), else the record.
 */
export function ownRecord<T extends { ydernummer: string }>(
  record: T | undefined,
  claims: AccessTokenClaims,
  what: string,
): T | Response {
  if (!record) return problem(404, `${what} findes ikke`);
  if (record.ydernummer !== claims.ydernummer) {
    return problem(403, 'Tilhører en anden klinik', `${what} tilhører ikke klinikken ${claims.ydernummer}.`);
  }
  return record;
}
