import { useSyncExternalStore } from 'react';

/** Webapps that failed to load or mount, shown by the shell as an error panel with retry. */
export interface WebappFailure {
  phase: 'load' | 'mount';
  error: unknown;
}

const failures = new Map<string, WebappFailure>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

export const webappFailures = {
  report(name: string, failure: WebappFailure): void {
    console.error(`[klinik] webapp ${name} failed to ${failure.phase}`, failure.error);
    failures.set(name, failure);
    changed();
  },
  clear(name: string): void {
    if (failures.delete(name)) changed();
  },
  get: (name: string): WebappFailure | undefined => failures.get(name),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useWebappFailure(name: string | undefined): WebappFailure | undefined {
  useSyncExternalStore(webappFailures.subscribe, () => version);
  return name ? failures.get(name) : undefined;
}
