/**
 * A small seeded PRNG (mulberry32): the same seed gives the same data on every run and machine,
 * unlike Math.random. Each clinic and each kind of data gets its own stream from a derived seed,
 * so generating one clinic never shifts another's data.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from text, e.g. `patients:990011`. */
export function seedFrom(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
export const between = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** Picks by weight: `[[value, weight], …]`. */
export function weighted<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![0];
}

/** Approximately normal (Irwin–Hall of 6), enough for lab values and waiting times. */
export function normal(random: Random, mean: number, sd: number): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += random();
  return mean + (sum - 3) * sd * Math.SQRT2;
}
