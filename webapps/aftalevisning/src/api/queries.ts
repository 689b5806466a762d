import { useQuery } from '@tanstack/react-query';
import { unwrap, useKlinik } from '@klinik/shared';

export function useAppointments(cpr: string | undefined) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['appointments', cpr],
    queryFn: () => unwrap(api.GET('/patients/{cpr}/appointments', { params: { path: { cpr: cpr! } } })),
    enabled: Boolean(cpr),
  });
}
