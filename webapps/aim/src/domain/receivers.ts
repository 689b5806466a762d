import type { AimElement, AimRecord, Receiver } from './types.ts';
import { RECEIVERS } from './types.ts';

/**
 * Which data elements go to which receiver: RKKP (the clinical quality database) and
 * Sundhedsdatastyrelsen. The record lists the element ids per receiver; an element missing from a
 * receiver's list is not sent to it.
 */
export function elementsFor(
  record: Pick<AimRecord, 'elements' | 'receivers'>,
  receiver: Receiver,
): AimElement[] {
  const ids = new Set(record.receivers.find((r) => r.receiver === receiver)?.elementIds ?? []);
  return record.elements.filter((e) => ids.has(e.id));
}

export interface ReceiverSplit {
  both: AimElement[];
  only: Record<Receiver, AimElement[]>;
}

export function splitByReceiver(record: Pick<AimRecord, 'elements' | 'receivers'>): ReceiverSplit {
  const sets = Object.fromEntries(
    RECEIVERS.map((r) => [r, new Set(elementsFor(record, r).map((e) => e.id))]),
  ) as Record<Receiver, Set<string>>;
  const only = { RKKP: [], SDS: [] } as Record<Receiver, AimElement[]>;
  const both: AimElement[] = [];
  for (const element of record.elements) {
    const receivers = RECEIVERS.filter((r) => sets[r].has(element.id));
    if (receivers.length === RECEIVERS.length) both.push(element);
    else if (receivers.length === 1) only[receivers[0]!].push(element);
  }
  return { both, only };
}
