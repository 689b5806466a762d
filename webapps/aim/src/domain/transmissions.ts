import type { DatabaseId, Receiver, Rejection, Transmission, TransmissionStatus } from './types.ts';

/** The transmission log: the latest delivery per database, filters, and rejections grouped by reason. */
export function latestDelivery(
  transmissions: readonly Transmission[],
  databaseId: DatabaseId,
): Transmission[] {
  const own = transmissions.filter((t) => t.databaseId === databaseId);
  const latest = own.reduce((max, t) => (t.sentAt > max ? t.sentAt : max), '');
  return own.filter((t) => t.sentAt === latest);
}

/** Refused as a whole: the rejection names no patient. */
export const refusedWhole = (transmission: Pick<Transmission, 'status' | 'rejections'>) =>
  transmission.status === 'rejected' && transmission.rejections.every((r) => !r.cpr);

export interface RejectionGroup {
  code: string;
  reason: string;
  rejections: Rejection[];
}

/** One line per distinct reason, most frequent first, so a pattern (e.g. one lab value) stands out. */
export function groupRejections(rejections: readonly Rejection[]): RejectionGroup[] {
  const groups = new Map<string, RejectionGroup>();
  for (const rejection of rejections) {
    const key = `${rejection.code}|${rejection.reason}`;
    const group = groups.get(key) ?? { code: rejection.code, reason: rejection.reason, rejections: [] };
    group.rejections.push(rejection);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.rejections.length - a.rejections.length || a.code.localeCompare(b.code),
  );
}

export interface TransmissionFilters {
  databaseId?: DatabaseId;
  receiver?: Receiver;
  /** Only deliveries with at least one rejected record. */
  rejectedOnly: boolean;
}

export function filterTransmissions(
  transmissions: readonly Transmission[],
  filters: TransmissionFilters,
): Transmission[] {
  return transmissions.filter(
    (t) =>
      (!filters.databaseId || t.databaseId === filters.databaseId) &&
      (!filters.receiver || t.receiver === filters.receiver) &&
      (!filters.rejectedOnly || t.rejectedCount > 0),
  );
}

const SEVERITY: Record<TransmissionStatus, number> = { accepted: 0, 'partially-rejected': 1, rejected: 2 };

/** Of several receivers' answers to one delivery, the worst. */
export function worstStatus(
  transmissions: readonly Pick<Transmission, 'status'>[],
): TransmissionStatus | undefined {
  return transmissions.reduce<TransmissionStatus | undefined>(
    (worst, t) => (worst === undefined || SEVERITY[t.status] > SEVERITY[worst] ? t.status : worst),
    undefined,
  );
}
