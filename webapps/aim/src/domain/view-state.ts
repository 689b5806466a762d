import { PATIENT_FILTERS, type PatientFilter } from './patients.ts';
import type { TransmissionFilters } from './transmissions.ts';
import { isDatabaseId, RECEIVERS, type Receiver } from './types.ts';

/**
 * Every view's state lives in the URL (bookmarkable, shareable, survives a reload). These read it
 * defensively: an unknown value falls back to the default instead of breaking the view.
 */
const readReceiver = (value: string | null): Receiver | undefined =>
  RECEIVERS.find((r) => r.toLowerCase() === value?.toLowerCase());

export function readPatientView(params: URLSearchParams): { filter: PatientFilter; page: number } {
  const filter = PATIENT_FILTERS.find((f) => f === params.get('vis')) ?? 'alle';
  const page = Number(params.get('side'));
  return { filter, page: Number.isInteger(page) && page > 0 ? page : 1 };
}

export function writePatientView({ filter, page }: { filter: PatientFilter; page: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (filter !== 'alle') params.set('vis', filter);
  if (page > 1) params.set('side', String(page));
  return params;
}

export function readTransmissionFilters(params: URLSearchParams): TransmissionFilters {
  const database = params.get('database') ?? undefined;
  return {
    ...(isDatabaseId(database) ? { databaseId: database } : {}),
    ...(readReceiver(params.get('modtager')) ? { receiver: readReceiver(params.get('modtager'))! } : {}),
    rejectedOnly: params.get('afviste') === 'ja',
  };
}

export function writeTransmissionFilters(filters: TransmissionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.databaseId) params.set('database', filters.databaseId);
  if (filters.receiver) params.set('modtager', filters.receiver.toLowerCase());
  if (filters.rejectedOnly) params.set('afviste', 'ja');
  return params;
}

export const readRecordReceiver = (params: URLSearchParams): Receiver =>
  readReceiver(params.get('modtager')) ?? 'RKKP';
