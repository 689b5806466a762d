import { createContext, useContext } from 'react';
import type { PlspClient, PlspComponents } from '../api/client.ts';
import type { RegionCode, Role } from '../auth/claims.ts';
import type { Sex } from '../cpr/cpr.ts';

export interface SignedInUser {
  id: string;
  name: string;
  role: Role;
  /** Whether the user has a sundheds-id (SEB); needed to see appointments. */
  sundhedsId: boolean;
  autorisationsId?: string;
}

export interface Clinic {
  ydernummer: string;
  name: string;
  regionCode: RegionCode;
}

/** The patient the practice system had open when it launched Klinik+. */
export interface PatientInContext {
  cpr: string;
  name: string;
  birthDate: string;
  sex: Sex;
  age: number;
}

/** What the practice system launched Klinik+ with: the clinic (with its address), the user and maybe a patient. */
export type LaunchContext = PlspComponents['schemas']['LaunchContext'];

export interface Notification {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
}

/**
 * The webapp contract: what the shell gives every webapp when it mounts it (as single-spa props).
 * Values that change while a webapp is mounted (locale, tokens) are read through functions or stores.
 */
export interface KlinikContext {
  user: SignedInUser;
  clinic: Clinic;
  patient: PatientInContext | null;
  /**
   * The launch context, fetched once per session by the shell and shared with every webapp (after a
   * failure the next call fetches again). Use it rather than fetching `/launch-context` yourself.
   */
  launchContext(): Promise<LaunchContext>;
  /** A fresh access token for the PLSP API; renewed before expiry. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Typed PLSP client that already sends the token. */
  api: PlspClient;
  /** Navigate anywhere in Klinik+, e.g. `/aftalevisning`. */
  navigate(path: string): void;
  notify(notification: Notification): void;
  /** The webapp's own route prefix, e.g. `/aim`. */
  basePath: string;
}

/** The context before the launch context is there, as a webapp has it at bootstrap: all but the patient. */
export type ShellContext = Omit<KlinikContext, 'patient'>;

export const KlinikReactContext = createContext<KlinikContext | null>(null);

export function useKlinik(): KlinikContext {
  const context = useContext(KlinikReactContext);
  if (!context) throw new Error('useKlinik() must be used inside a Klinik+ webapp');
  return context;
}
