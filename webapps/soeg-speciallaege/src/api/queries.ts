import { useQuery } from '@tanstack/react-query';
import { unwrap, useKlinik } from '@klinik/shared';

/** The national registers change rarely: keep them for the session once fetched. */
const REGISTER = { staleTime: 10 * 60_000 } as const;

export function useSpecialists() {
  const { api } = useKlinik();
  return useQuery({ queryKey: ['specialists'], queryFn: () => unwrap(api.GET('/specialists')), ...REGISTER });
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
  const { api } = useKlinik();
  return useQuery({ queryKey: ['specialties'], queryFn: () => unwrap(api.GET('/specialties')), ...REGISTER });
}

/** The clinic's own address and coordinates: the default origin of every distance. */
export function useClinicLocation() {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['launch-context'],
    queryFn: () => unwrap(api.GET('/launch-context')),
    ...REGISTER,
  });
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
