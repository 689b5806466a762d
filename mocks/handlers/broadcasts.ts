import type { components } from '../../shared/api/plsp.d.ts';
import { DEMO_USERS, findPatientById, clinicPatients, type Patient } from '../data/index.ts';
import { BUILT_IN_TEMPLATES, messagingFor, profileClosed, type Messaging } from '../data/messaging.ts';
import { deliveryKey, type MessageRecord, type MockStore, type RecipientRecord } from './store.ts';

type Schemas = components['schemas'];

/**
 * Klinikbeskeder's messages over the store: recipients are frozen when a message is created and split
 * into batches; sending a batch hands each recipient to Min Læge once — a delivery already recorded for
 * (message, recipient) is skipped, whatever the request, key or order.
 */
export function messagingOf(ydernummer: string, patient: Patient): Messaging {
  return messagingFor(patient, patient.parentId ? findPatientById(ydernummer, patient.parentId) : undefined);
}

export function freezeRecipients(ydernummer: string, patients: readonly Patient[], batchSize: number) {
  let deliverable = 0;
  const recipients: RecipientRecord[] = patients.map((patient) => {
    const messaging = messagingOf(ydernummer, patient);
    if (messaging.channel === 'none')
      return { patientId: patient.id, channel: 'none', reason: messaging.reason, batch: 0 };
    return {
      patientId: patient.id,
      channel: messaging.channel,
      batch: Math.floor(deliverable++ / batchSize) + 1,
    };
  });
  return { recipients, batchCount: Math.ceil(deliverable / batchSize) };
}

export function sendBatch(store: MockStore, message: MessageRecord, batch: number, at: string) {
  const result = { delivered: 0, failed: 0, alreadyHandled: 0 };
  const { deliveries, inbox } = store.state;
  for (const recipient of message.recipients) {
    if (recipient.batch !== batch) continue;
    const key = deliveryKey(message.id, recipient.patientId);
    if (deliveries[key]) {
      result.alreadyHandled++;
    } else if (profileClosed(recipient.patientId)) {
      deliveries[key] = { state: 'failed', at, reason: 'profile-deactivated' };
      result.failed++;
    } else {
      deliveries[key] = { state: 'delivered', at };
      inbox[key] = (inbox[key] ?? 0) + 1;
      result.delivered++;
    }
  }
  message.batchesSent[String(batch)] ??= at;
  return result;
}

function recipientState(store: MockStore, message: MessageRecord, recipient: RecipientRecord) {
  if (recipient.channel === 'none') return { state: 'failed' as const, reason: recipient.reason };
  const delivery = store.state.deliveries[deliveryKey(message.id, recipient.patientId)];
  return delivery ?? { state: 'pending' as const };
}

export function summarise(store: MockStore, message: MessageRecord): Schemas['MessageSummary'] {
  const counts = { delivered: 0, failed: 0, pending: 0 };
  for (const recipient of message.recipients) counts[recipientState(store, message, recipient).state]++;
  const batchesSent = Object.keys(message.batchesSent).length;
  const done = batchesSent === message.batchCount;
  const completedAt = done ? Object.values(message.batchesSent).sort().at(-1) : undefined;
  return {
    id: message.id,
    subject: message.subject,
    createdAt: message.createdAt,
    createdBy: message.createdBy,
    filter: message.filter,
    status: batchesSent === 0 ? 'created' : !done ? 'sending' : counts.failed ? 'sent-with-failures' : 'sent',
    recipientCount: message.recipients.length,
    deliveredCount: counts.delivered,
    failedCount: counts.failed,
    pendingCount: counts.pending,
    batchCount: message.batchCount,
    batchesSent,
    ...(completedAt ? { completedAt } : {}),
  };
}

export function recipientViews(store: MockStore, message: MessageRecord): Schemas['MessageRecipient'][] {
  return message.recipients.map((recipient) => {
    const patient = findPatientById(message.ydernummer, recipient.patientId);
    const parent = patient?.parentId ? findPatientById(message.ydernummer, patient.parentId) : undefined;
    const { state, at, reason } = {
      at: undefined,
      reason: undefined,
      ...recipientState(store, message, recipient),
    };
    return {
      patientId: recipient.patientId,
      name: patient?.name ?? '',
      cpr: patient?.cpr ?? '',
      channel: recipient.channel,
      ...(recipient.channel === 'parent' && parent ? { parentName: parent.name } : {}),
      ...(recipient.batch ? { batch: recipient.batch } : {}),
      state,
      ...(reason ? { reason } : {}),
      ...(state === 'delivered' && at ? { deliveredAt: at } : {}),
    };
  });
}

export function messageDetail(store: MockStore, message: MessageRecord): Schemas['Message'] {
  const batches = new Map<number, Schemas['MessageBatch']>();
  for (let batch = 1; batch <= message.batchCount; batch++) {
    const sentAt = message.batchesSent[String(batch)];
    batches.set(batch, {
      batch,
      size: 0,
      sent: Boolean(sentAt),
      ...(sentAt ? { sentAt } : {}),
      delivered: 0,
      failed: 0,
    });
  }
  for (const recipient of message.recipients) {
    const entry = batches.get(recipient.batch);
    if (!entry) continue;
    entry.size++;
    const { state } = recipientState(store, message, recipient);
    if (state !== 'pending') entry[state]++;
  }
  return {
    ...summarise(store, message),
    body: message.body,
    batchSize: message.batchSize,
    batches: [...batches.values()],
    notDelivered: recipientViews(store, message).filter((r) => r.state === 'failed'),
  };
}

/**
 * Each clinic starts with two earlier messages, so history and reports have something to show: the
 * summer closure to everyone who can receive, and the flu campaign to everyone 65+ (some of whom cannot).
 */
export function seedHistory(store: MockStore, ydernummer: string, reference: Date): void {
  if (store.state.seeded.includes(ydernummer)) return;
  store.state.seeded.push(ydernummer);
  const sender = DEMO_USERS.find((u) => u.ydernummer === ydernummer && u.role !== 'nurse');
  if (!sender) return;
  const createdBy = { id: sender.accountId, name: sender.name, role: sender.role };
  const patients = clinicPatients(ydernummer);
  const seeds = [
    {
      template: BUILT_IN_TEMPLATES[1]!,
      daysAgo: 150,
      filter: { operator: 'and' as const },
      patients: patients.filter((p) => messagingOf(ydernummer, p).channel !== 'none'),
    },
    {
      template: BUILT_IN_TEMPLATES[0]!,
      daysAgo: 45,
      filter: { operator: 'and' as const, ageMin: 65 },
      patients: patients.filter((p) => p.age >= 65),
    },
  ];
  seeds.forEach((seed, i) => {
    const at = new Date(reference.getTime() - seed.daysAgo * 86_400_000 + 9.5 * 3_600_000).toISOString();
    const { recipients, batchCount } = freezeRecipients(ydernummer, seed.patients, 100);
    const message: MessageRecord = {
      id: `seed-${ydernummer}-${i + 1}`,
      ydernummer,
      subject: seed.template.subject,
      body: seed.template.body,
      filter: seed.filter,
      createdAt: at,
      createdBy,
      batchSize: 100,
      batchCount,
      recipients,
      batchesSent: {},
    };
    store.state.messages[message.id] = message;
    for (let batch = 1; batch <= batchCount; batch++) sendBatch(store, message, batch, at);
  });
}
