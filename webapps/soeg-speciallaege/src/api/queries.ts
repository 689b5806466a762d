import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { unwrap, useKlinik, type KlinikContext, type PlspClient, type ShellContext } from '@klinik/shared';

/** The national registers change rarely: keep them for the session once fetched. */
const REGISTER = { staleTime: 10 * 60_000 } as const;

const specialists = (api: PlspClient) =>
  queryOptions({ queryKey: ['specialists'], queryFn: () => unwrap(api.GET('/specialists')), ...REGISTER });
const specialties = (api: PlspClient) =>
  queryOptions({ queryKey: ['specialties'], queryFn: () => unwrap(api.GET('/specialties')), ...REGISTER });
// The shell's launch context, which it has usually fetched already.
const clinicLocation = (launchContext: KlinikContext['launchContext']) =>
  queryOptions({ queryKey: ['launch-context'], queryFn: launchContext, ...REGISTER });

/** What the first screen shows, fetched while its code loads (see createWebappLifecycles). */
export function prefetchFirstScreen({ api, launchContext }: ShellContext, queryClient: QueryClient) {
  void queryClient.prefetchQuery(specialists(api));
  void queryClient.prefetchQuery(specialties(api));
  void queryClient.prefetchQuery(clinicLocation(launchContext));
}

export function useSpecialists() {
  return useQuery(specialists(useKlinik().api));
}

export function useGpClinics(enabled: boolean) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['gp-clinics'],
    queryFn: () => unwrap(api.GET('/gp-clinics')),
    enabled,
    ...REGISTER,
  });
}

export function useSpecialties() {
  return useQuery(specialties(useKlinik().api));
}

/** The clinic's own address and coordinates: the default origin of every distance. */
export function useClinicLocation() {
  return useQuery(clinicLocation(useKlinik().launchContext));
}

export function usePostalCode(postalCode: string) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['postal-code', postalCode],
    queryFn: () => unwrap(api.GET('/postal-codes/{postalCode}', { params: { path: { postalCode } } })),
    enabled: /^\d{4}$/.test(postalCode),
    retry: false,
    ...REGISTER,
  });
}
