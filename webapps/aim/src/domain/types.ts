import type { PlspComponents } from '@klinik/shared';

/** The AIM shapes of the PLSP contract, under the names the webapp uses. */
type Schemas = PlspComponents['schemas'];
export type AimDatabase = Schemas['AimDatabase'];
export type DatabaseId = Schemas['AimDatabaseId'];
export type Indicator = Schemas['AimIndicator'];
export type IndicatorPoint = Schemas['AimIndicatorPoint'];
export type IndicatorRule = Schemas['AimIndicatorRule'];
export type AimElement = Schemas['AimElement'];
export type AimPatient = Schemas['AimPatient'];
export type AimRecord = Schemas['AimRecord'];
export type Receiver = Schemas['AimReceiver'];
export type RecordStatus = Schemas['AimRecordStatus'];
export type Transmission = Schemas['AimTransmission'];
export type TransmissionStatus = Transmission['status'];
export type Rejection = Schemas['AimRejection'];

export const RECEIVERS: readonly Receiver[] = ['RKKP', 'SDS'];
export const DATABASE_IDS: readonly DatabaseId[] = ['ddid', 'drkol', 'afdk', 'drastma', 'dhd'];

export const isDatabaseId = (value: string | undefined): value is DatabaseId =>
  DATABASE_IDS.includes(value as DatabaseId);
