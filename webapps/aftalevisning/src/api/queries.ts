import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { unwrap, useKlinik, type PlspClient, type ShellContext } from '@klinik/shared';

const appointments = (api: PlspClient, cpr: string | undefined) =>
  queryOptions({
    queryKey: ['appointments', cpr],
    queryFn: () => unwrap(api.GET('/patients/{cpr}/appointments', { params: { path: { cpr: cpr! } } })),
    enabled: Boolean(cpr),
  });

export function useAppointments(cpr: string | undefined) {
  return useQuery(appointments(useKlinik().api, cpr));
}

/** The patient in context's appointments, fetched while the code loads; only with a sundheds-id. */
export function prefetchFirstScreen({ api, user, launchContext }: ShellContext, queryClient: QueryClient) {
  if (!user.sundhedsId) return;
  launchContext().then(
    ({ patient }) => {
      if (patient) void queryClient.prefetchQuery(appointments(api, patient.cpr));
    },
    () => undefined, // the shell shows a failed launch context; the screen then has no patient
  );
}
