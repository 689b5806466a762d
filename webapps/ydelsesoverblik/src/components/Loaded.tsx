import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/** A query's loading and error states, and its data once there (`undefined` data for a disabled query). */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const t = useMessages(messages);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <LoadingState label={t.loading} />;
  return children(query.data);
}
