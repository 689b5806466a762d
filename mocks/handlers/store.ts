/**
 * The mock API's mutable state: what users change during a demo (messages, drafts, templates) and the
 * audit log. It lives in the server process, so a browser reload keeps it; `reset()` returns to the seed.
 * Each domain keeps its own part; this is the shared audit log every lookup of patient data writes to.
 */
export interface AuditEntry {
  at: string;
  userId: string;
  userName: string;
  ydernummer: string;
  patientCpr: string;
  action: string;
}

export function createStore() {
  let audit: AuditEntry[] = [];
  const resetters = new Set<() => void>();
  return {
    audit: {
      add: (entry: AuditEntry) => void audit.push(entry),
      list: (): readonly AuditEntry[] => audit,
    },
    /** Domains register how to return their state to the seed. */
    onReset(reset: () => void): void {
      resetters.add(reset);
    },
    reset(): void {
      audit = [];
      resetters.forEach((reset) => reset());
    },
  };
}
export type MockStore = ReturnType<typeof createStore>;
