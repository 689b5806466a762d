import { randomBytes } from 'node:crypto';

/**
 * The practice system's launch contexts. A launch handle is opaque, random (256 bits), lives five
 * minutes and is spent when the authorization code is issued: replaying a launch URL fails.
 */
export interface LaunchContext {
  accountId: string;
  patientCpr?: string;
  intent?: string;
}

const TTL_MS = 5 * 60 * 1000;

export function createLaunchRegistry(now = () => Date.now()) {
  const pending = new Map<string, LaunchContext & { expiresAt: number }>();
  // Context per grant: every authorization gets a fresh grant (see provider.ts), so a second launch
  // in the same browser can never see the first launch's patient. Kept across refresh rotation.
  const byGrant = new Map<string, LaunchContext>();
  // The last launch per provider session, for a re-login without a launch (the session expired).
  const bySession = new Map<string, LaunchContext>();

  return {
    create(context: LaunchContext): string {
      const handle = randomBytes(32).toString('base64url');
      pending.set(handle, { ...context, expiresAt: now() + TTL_MS });
      return handle;
    },
    /** The context of a handle still usable, without spending it. */
    peek(handle: string): LaunchContext | undefined {
      const entry = pending.get(handle);
      if (!entry) return undefined;
      if (entry.expiresAt < now()) {
        pending.delete(handle);
        return undefined;
      }
      return entry;
    },
    /** Spends the handle and binds its context to the grant and the provider session. */
    consume(handle: string, grantId: string, sessionUid: string | undefined): void {
      const context = this.peek(handle);
      pending.delete(handle);
      if (!context) return;
      const { accountId, patientCpr, intent } = context;
      byGrant.set(grantId, { accountId, patientCpr, intent });
      if (sessionUid) bySession.set(sessionUid, { accountId, patientCpr, intent });
    },
    /** A re-login without a launch carries on with this session's last launch context. */
    continueSession(grantId: string, sessionUid: string | undefined): void {
      const context = sessionUid ? bySession.get(sessionUid) : undefined;
      if (context) byGrant.set(grantId, context);
    },
    forGrant: (grantId: string | undefined): LaunchContext | undefined =>
      grantId ? byGrant.get(grantId) : undefined,
    lastForSession: (sessionUid: string | undefined) => (sessionUid ? bySession.get(sessionUid) : undefined),
  };
}

export type LaunchRegistry = ReturnType<typeof createLaunchRegistry>;
