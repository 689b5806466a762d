import { createContext, useContext } from 'react';
import type { PlspClient } from '../api/client.ts';
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

export const KlinikReactContext = createContext<KlinikContext | null>(null);

export function useKlinik(): KlinikContext {
  const context = useContext(KlinikReactContext);
  if (!context) throw new Error('useKlinik() must be used inside a Klinik+ webapp');
  return context;
}
