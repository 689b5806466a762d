import { formatNumber, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';
import { useSends as useSendsOf } from './registry.ts';

/** The clinic's sends, with the notice the shell shows when one finishes (wherever the user is). */
export function useClinicSends() {
  const t = useMessages(messages);
  return useSendsOf((state) =>
    t.finished(state.request.subject, formatNumber(state.summary?.deliveredCount ?? 0)),
  );
}
