import type { PlspComponents } from '@klinik/shared';

type Schemas = PlspComponents['schemas'];
export type ClinicPatient = Schemas['ClinicPatient'];
export type RecipientFilter = Schemas['RecipientFilter'];
export type UnreachableReason = Schemas['UnreachableReason'];
export type MessageSettings = Schemas['MessageSettings'];
export type MessageDraft = Schemas['MessageDraft'];
export type MessageDraftInput = Schemas['MessageDraftInput'];
export type MessageTemplate = Schemas['MessageTemplate'];
export type MessageCreate = Schemas['MessageCreate'];
export type Message = Schemas['Message'];
export type MessageSummary = Schemas['MessageSummary'];
export type MessageStatus = Schemas['MessageStatus'];
export type IcpcCode = Schemas['IcpcCode'];
export type ServiceCode = Schemas['ServiceCode'];
export type Sex = Schemas['Sex'];
export type Channel = ClinicPatient['messaging']['channel'];
