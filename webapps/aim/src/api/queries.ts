import { useQuery } from '@tanstack/react-query';
import { can, unwrap, useKlinik } from '@klinik/shared';
import type { DatabaseId } from '../domain/types.ts';

/**
 * AIM's data changes once a month (at each transmission) and when the clinic fixes a value in the
 * practice system; a few minutes' cache keeps moving between the views instant.
 */
const CACHED = { staleTime: 5 * 60_000 } as const;

export function useDatabases() {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['aim', 'databases'],
    queryFn: () => unwrap(api.GET('/aim/databases')),
    ...CACHED,
  });
}

export function useIndicators(databaseId: DatabaseId) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['aim', 'indicators', databaseId],
    queryFn: () =>
      unwrap(api.GET('/aim/databases/{databaseId}/indicators', { params: { path: { databaseId } } })),
    ...CACHED,
  });
}

/** The whole population at once (a few hundred to a few thousand): the webapp filters and computes on it. */
const WHOLE_POPULATION = 5000;

export function usePatients(databaseId: DatabaseId) {
  const { api, user } = useKlinik();
  return useQuery({
    queryKey: ['aim', 'patients', databaseId],
    queryFn: () =>
      unwrap(
        api.GET('/aim/databases/{databaseId}/patients', {
          params: { path: { databaseId }, query: { pageSize: WHOLE_POPULATION } },
        }),
      ),
    enabled: can(user.role, 'aim.patients'),
    ...CACHED,
  });
}

export function useRecord(databaseId: DatabaseId, cpr: string) {
  const { api, user } = useKlinik();
  return useQuery({
    queryKey: ['aim', 'record', databaseId, cpr],
    queryFn: () =>
      unwrap(
        api.GET('/aim/databases/{databaseId}/patients/{cpr}/record', {
          params: { path: { databaseId, cpr } },
        }),
      ),
    enabled: can(user.role, 'aim.patients'),
    ...CACHED,
  });
}

/** A year of monthly deliveries to two receivers for five databases: under 120 entries. */
export function useTransmissions() {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['aim', 'transmissions'],
    queryFn: () => unwrap(api.GET('/aim/transmissions', { params: { query: { pageSize: 500 } } })),
    ...CACHED,
  });
}

export const usePatientAccess = () => can(useKlinik().user.role, 'aim.patients');
