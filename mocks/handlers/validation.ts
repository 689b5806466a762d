import { z } from 'zod';
import type { components } from '../../shared/api/plsp.d.ts';
import { MESSAGE_SETTINGS } from '../data/messaging.ts';
import { problem } from './problem.ts';

type Schemas = components['schemas'];

/**
 * Runtime checks of request bodies. Each schema is typed as the contract's type, so the two cannot
 * drift apart without a type error.
 */
const day = z.iso.date();
const codes = z.array(z.string()).min(1);

const recipientFilter: z.ZodType<Schemas['RecipientFilter']> = z.object({
  sex: z.enum(['F', 'M']).optional(),
  ageMin: z.int().min(0).max(130).optional(),
  ageMax: z.int().min(0).max(130).optional(),
  operator: z.enum(['and', 'or']),
  diagnoses: z.object({ codes, match: z.enum(['any', 'all']) }).optional(),
  services: z.object({ codes, match: z.enum(['any', 'all']), from: day, to: day }).optional(),
});

export const messageCreate: z.ZodType<Schemas['MessageCreate']> = z.object({
  subject: z.string().trim().min(1).max(MESSAGE_SETTINGS.subjectMaxLength),
  body: z.string().trim().min(1).max(MESSAGE_SETTINGS.bodyMaxLength),
  filter: recipientFilter,
  patientIds: z.array(z.string()).min(1).max(MESSAGE_SETTINGS.maxRecipients),
  batchSize: z.int().min(1).max(MESSAGE_SETTINGS.maxBatchSize).optional(),
  draftId: z.string().optional(),
});

export const draftInput: z.ZodType<Schemas['MessageDraftInput']> = z.object({
  subject: z.string().max(1000),
  body: z.string().max(20000),
  filter: recipientFilter,
  excludedPatientIds: z.array(z.string()),
  templateId: z.string().optional(),
});

export const templateInput: z.ZodType<Schemas['MessageTemplateInput']> = z.object({
  name: z.string().trim().min(1).max(100),
  subject: z.string().max(MESSAGE_SETTINGS.subjectMaxLength),
  body: z.string().max(MESSAGE_SETTINGS.bodyMaxLength),
});

/** The parsed body, or a 400 problem that says what is wrong. */
export async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T | Response> {
  let json: unknown;
  try {
    json = await request.clone().json();
  } catch {
    return problem(400, 'Ugyldig forespørgsel', 'Indholdet er ikke gyldig JSON.');
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  return problem(400, 'Ugyldig forespørgsel', detail);
}
