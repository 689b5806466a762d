import { ageOn } from './age.ts';
import { reachabilityOf, type Reachability } from './reachability.ts';
import type { ClinicPatient, RecipientFilter, UnreachableReason } from './types.ts';

/**
 * The clinic's patient list prepared once for counting: ages on the day of sending, reachability,
 * and per code the patients who have the diagnosis or received the service (with the day), so a
 * filter change only scans flat arrays — well under a frame for 12,000 patients.
 */
export interface RecipientIndex {
  patients: readonly ClinicPatient[];
  ages: Uint8Array;
  female: Uint8Array;
  reach: readonly Reachability[];
  diagnoses: ReadonlyMap<string, Uint8Array>;
  /** Per ydelseskode: every time a patient received it, as parallel arrays sorted by day. */
  services: ReadonlyMap<string, { days: Int32Array; patients: Int32Array }>;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS);

// About 15 ms of main thread per slice on the CI machine: indexing 12,000 patients in one go was a
// task of about 110 ms, inside the first render of the composer.
const SLICE = 2_000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function buildRecipientIndex(
  patients: readonly ClinicPatient[],
  today: string,
  childAgeLimit: number,
): Promise<RecipientIndex> {
  const byId = new Map(patients.map((p) => [p.id, p]));
  const ages = new Uint8Array(patients.length);
  const female = new Uint8Array(patients.length);
  const diagnoses = new Map<string, Uint8Array>();
  const events = new Map<string, Array<[number, number]>>();
  const reach: Reachability[] = [];
  for (let from = 0; from < patients.length; from += SLICE) {
    if (from > 0) await pause();
    for (let i = from; i < Math.min(patients.length, from + SLICE); i++) {
      const patient = patients[i]!;
      ages[i] = Math.max(0, Math.min(255, ageOn(patient.birthDate, today)));
      female[i] = patient.sex === 'F' ? 1 : 0;
      for (const code of patient.icpc) {
        let members = diagnoses.get(code);
        if (!members) diagnoses.set(code, (members = new Uint8Array(patients.length)));
        members[i] = 1;
      }
      for (const service of patient.services) {
        let list = events.get(service.code);
        if (!list) events.set(service.code, (list = []));
        list.push([dayOf(service.date), i]);
      }
      const parent = patient.parentId ? byId.get(patient.parentId) : undefined;
      reach.push(reachabilityOf(patient, ages[i]!, parent, childAgeLimit));
    }
  }
  const services = new Map(
    [...events].map(([code, list]) => {
      list.sort((a, b) => a[0] - b[0]);
      return [
        code,
        { days: Int32Array.from(list, (e) => e[0]), patients: Int32Array.from(list, (e) => e[1]) },
      ] as const;
    }),
  );
  return { patients, ages, female, reach, diagnoses, services };
}

interface Built {
  key: string;
  index: Promise<RecipientIndex>;
  ready?: RecipientIndex;
}
const built = new WeakMap<readonly ClinicPatient[], Built>();
const keyOf = (today: string, childAgeLimit: number) => `${today}/${childAgeLimit}`;

/**
 * The index of a patient list, built once per list and day, a slice at a time: the query keeps the
 * same list while the user is elsewhere in Klinik+, so coming back does not index 12,000 patients again.
 */
export function indexRecipients(
  patients: readonly ClinicPatient[],
  today: string,
  childAgeLimit: number,
): Promise<RecipientIndex> {
  const key = keyOf(today, childAgeLimit);
  const cached = built.get(patients);
  if (cached?.key === key) return cached.index;
  const entry: Built = { key, index: buildRecipientIndex(patients, today, childAgeLimit) };
  void entry.index.then((index) => (entry.ready = index));
  built.set(patients, entry);
  return entry.index;
}

/** The index `indexRecipients` has finished for this list and day, if it has. */
export function indexedRecipients(
  patients: readonly ClinicPatient[],
  today: string,
  childAgeLimit: number,
): RecipientIndex | undefined {
  const cached = built.get(patients);
  return cached?.key === keyOf(today, childAgeLimit) ? cached.ready : undefined;
}

/** First position in a sorted array whose value is ≥ `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Per patient: how many of `codes` they satisfy (a diagnosis, or a service received in the period). */
function codeHits(
  index: RecipientIndex,
  filter: RecipientFilter,
): { diagnoses?: Uint8Array; services?: Uint8Array } {
  const n = index.patients.length;
  const hits: { diagnoses?: Uint8Array; services?: Uint8Array } = {};
  if (filter.diagnoses?.codes.length) {
    const counts = (hits.diagnoses = new Uint8Array(n));
    for (const code of new Set(filter.diagnoses.codes)) {
      const members = index.diagnoses.get(code);
      if (members) for (let i = 0; i < n; i++) counts[i]! += members[i]!;
    }
  }
  const services = filter.services;
  if (services?.codes.length) {
    const counts = (hits.services = new Uint8Array(n));
    const from = dayOf(services.from);
    const to = dayOf(services.to);
    const seen = new Uint8Array(n);
    for (const code of new Set(services.codes)) {
      const list = index.services.get(code);
      if (!list) continue;
      seen.fill(0);
      for (let k = lowerBound(list.days, from); k < list.days.length && list.days[k]! <= to; k++) {
        const patient = list.patients[k]!;
        if (!seen[patient]) counts[patient]! += seen[patient] = 1;
      }
    }
  }
  return hits;
}

const satisfied = (hits: number, wanted: number, match: 'any' | 'all') =>
  match === 'any' ? hits > 0 : hits === wanted;

/**
 * The patients a filter matches, by position in the index. Sex and age always apply; the diagnosis
 * and service conditions combine with the filter's operator (AND/OR); a condition left out does not
 * take part, so a filter with neither matches everyone of that sex and age.
 */
export function matchPatients(index: RecipientIndex, filter: RecipientFilter): number[] {
  const hits = codeHits(index, filter);
  const wantedDiagnoses = new Set(filter.diagnoses?.codes).size;
  const wantedServices = new Set(filter.services?.codes).size;
  const wantFemale = filter.sex === 'F' ? 1 : filter.sex === 'M' ? 0 : -1;
  const min = filter.ageMin ?? 0;
  const max = filter.ageMax ?? 255;
  const matched: number[] = [];
  for (let i = 0; i < index.patients.length; i++) {
    if (wantFemale !== -1 && index.female[i] !== wantFemale) continue;
    const age = index.ages[i]!;
    if (age < min || age > max) continue;
    const conditions: boolean[] = [];
    if (hits.diagnoses)
      conditions.push(satisfied(hits.diagnoses[i]!, wantedDiagnoses, filter.diagnoses!.match));
    if (hits.services) conditions.push(satisfied(hits.services[i]!, wantedServices, filter.services!.match));
    const ok =
      conditions.length === 0 ||
      (filter.operator === 'and' ? conditions.every(Boolean) : conditions.some(Boolean));
    if (ok) matched.push(i);
  }
  return matched;
}

export interface RecipientCount {
  /** Matched by the filter and not removed by hand. */
  matched: number;
  /** Of those, who can receive: own profile or through a parent. */
  reachable: number;
  viaParent: number;
  unreachable: Partial<Record<UnreachableReason, number>>;
  /** Matched, but removed from the list by hand. */
  excluded: number;
}

export function countRecipients(
  index: RecipientIndex,
  matched: readonly number[],
  excluded: ReadonlySet<string>,
): RecipientCount {
  const count: RecipientCount = { matched: 0, reachable: 0, viaParent: 0, unreachable: {}, excluded: 0 };
  for (const i of matched) {
    if (excluded.size && excluded.has(index.patients[i]!.id)) {
      count.excluded++;
      continue;
    }
    count.matched++;
    const reach = index.reach[i]!;
    if (reach.channel === 'none')
      count.unreachable[reach.reason] = (count.unreachable[reach.reason] ?? 0) + 1;
    else {
      count.reachable++;
      if (reach.channel === 'parent') count.viaParent++;
    }
  }
  return count;
}

/** The ids to create the message with: every matched patient not removed by hand (the unreachable
 * ones too, so the delivery report lists them with their reason). */
export function recipientIds(
  index: RecipientIndex,
  matched: readonly number[],
  excluded: ReadonlySet<string>,
): string[] {
  return matched.map((i) => index.patients[i]!.id).filter((id) => !excluded.has(id));
}
