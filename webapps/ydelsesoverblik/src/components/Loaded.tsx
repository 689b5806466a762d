import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/**
 * A query's loading and error states, and its data once there. Retry fetches every query of the
 * screen that failed, so one press brings the whole screen back.
 */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const t = useMessages(messages);
  const queryClient = useQueryClient();
  if (query.isError) {
    const retry = () =>
      void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
    return <ErrorState error={query.error} onRetry={retry} />;
  }
  if (query.data === undefined) return <LoadingState label={t.loading} />;
  return children(query.data);
}
