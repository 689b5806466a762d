import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError, unwrap, useKlinik } from '@klinik/shared';
import type { MessageDraftInput, MessageTemplate } from '../domain/types.ts';

/** The whole list in one page: recipients are counted in the browser on every filter change. */
const ALL_PATIENTS = 20_000;
const LONG = 5 * 60_000;

export function useClinicPatients() {
  const { api, clinic } = useKlinik();
  return useQuery({
    queryKey: ['clinic-patients', clinic.ydernummer],
    queryFn: () => unwrap(api.GET('/clinic/patients', { params: { query: { pageSize: ALL_PATIENTS } } })),
    staleTime: LONG,
  });
}

export function useMessageSettings() {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['message-settings'],
    queryFn: () => unwrap(api.GET('/message-settings')),
    staleTime: Infinity,
  });
}

export function useIcpcCodes() {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['codes', 'icpc'],
    queryFn: async () => (await unwrap(api.GET('/codes/icpc'))).items,
    staleTime: Infinity,
  });
}

/** Only the ydelseskoder that mark a course of care may be filtered on. */
export function useFilterServiceCodes() {
  const { api, clinic } = useKlinik();
  return useQuery({
    queryKey: ['codes', 'services', clinic.ydernummer],
    queryFn: async () => (await unwrap(api.GET('/codes/services'))).items.filter((c) => c.recipientFilter),
    staleTime: Infinity,
  });
}

export function useTemplates() {
  const { api, clinic } = useKlinik();
  return useQuery({
    queryKey: ['message-templates', clinic.ydernummer],
    queryFn: async () => (await unwrap(api.GET('/message-templates'))).items,
  });
}

export function useSaveTemplate() {
  const { api, clinic } = useKlinik();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (template: Pick<MessageTemplate, 'id' | 'name' | 'subject' | 'body'>) =>
      unwrap(
        api.PUT('/message-templates/{templateId}', {
          params: { path: { templateId: template.id } },
          body: { name: template.name, subject: template.subject, body: template.body },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['message-templates', clinic.ydernummer] }),
  });
}

/**
 * A draft by id: null when the server has none (sent or deleted), so the caller can tell that from
 * a server it could not reach (an error).
 */
export function useServerDraft(id: string | undefined) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['message-draft', id],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/message-drafts/{draftId}', { params: { path: { draftId: id! } } }));
      } catch (error) {
        if (error instanceof ApiError && error.kind === 'not-found') return null;
        throw error;
      }
    },
    enabled: Boolean(id),
    staleTime: 0,
    gcTime: 0,
  });
}

/** The user's newest draft on the server, for a browser that has none of its own (another PC). */
export function useLatestOwnDraft(enabled: boolean) {
  const { api, user } = useKlinik();
  return useQuery({
    queryKey: ['message-drafts', user.id],
    queryFn: async () =>
      (await unwrap(api.GET('/message-drafts'))).items.find((d) => d.updatedBy.id === user.id) ?? null,
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSaveDraft() {
  const { api } = useKlinik();
  return useCallback(
    (id: string, input: MessageDraftInput) =>
      unwrap(api.PUT('/message-drafts/{draftId}', { params: { path: { draftId: id } }, body: input })),
    [api],
  );
}

export function useMessageHistory() {
  const { api, clinic } = useKlinik();
  return useQuery({
    queryKey: ['messages', clinic.ydernummer],
    queryFn: () => unwrap(api.GET('/messages', { params: { query: { pageSize: 100 } } })),
  });
}

/**
 * One message with its delivery report. `sentHere`: this browser is sending it and has the live
 * numbers, so the (large) report is fetched again only at the end; a message another browser is
 * sending is refreshed every few seconds instead.
 */
export function useMessage(messageId: string, sentHere: boolean) {
  const { api } = useKlinik();
  return useQuery({
    queryKey: ['message', messageId],
    queryFn: () => unwrap(api.GET('/messages/{messageId}', { params: { path: { messageId } } })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return !sentHere && (status === 'created' || status === 'sending') ? 5000 : false;
    },
  });
}
