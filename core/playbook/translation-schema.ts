import { z } from 'zod';
import { EventName, KebabId } from '../documents/index';

/**
 * A content catalogue: the words of one playbook document in another language, kept beside the data in
 * playbook/translations/<language>/<file>.yaml. English lives in the documents themselves; a catalogue may
 * be incomplete (what it lacks is read in English), but every key it has must name something the playbook
 * has (check-translations.ts). Adding a language is adding catalogues, no code.
 */

/** The `schemaVersion` of translation documents this version of the app reads. */
export const TRANSLATION_DOCUMENT_VERSION = 1;

const Words = z.string().regex(/\S/, 'must not be empty or blank');

/** A field's label and, for a choice, its options' words by option id. */
export const FieldTranslation = z.strictObject({
  label: Words.optional(),
  options: z.record(z.string().min(1), Words).optional(),
});
export type FieldTranslation = z.infer<typeof FieldTranslation>;

export const EventTranslation = z.strictObject({
  title: Words.optional(),
  fields: z.record(z.string().min(1), FieldTranslation).optional(),
});
export type EventTranslation = z.infer<typeof EventTranslation>;

/**
 * One catalogue. With `mechanism`, the words of that mechanism: its title, states by dotted path from the
 * root (as `stateIn` names them: `link.staffToStaff.none`) and events. Without it, the words of the
 * playbook-wide documents: the manifest's title, the Playbook phases, organisations, roles and markings.
 */
export const TranslationDocument = z.strictObject({
  schemaVersion: z.literal(TRANSLATION_DOCUMENT_VERSION),
  kind: z.literal('translation'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language code such as "nl" or "fr" (BCP 47, lower case)'),
  mechanism: KebabId.optional().describe(
    'the mechanism these words belong to; absent for playbook-wide words',
  ),
  title: Words.optional().describe("the mechanism's title, or without `mechanism` the playbook's"),
  states: z
    .record(z.string().min(1), Words)
    .optional()
    .describe('state labels by dotted path from the machine root'),
  events: z.record(EventName, EventTranslation).optional(),
  phases: z.record(z.string().min(1), Words).optional().describe('Playbook phases by id (P0…P5)'),
  organisations: z.record(KebabId, Words).optional().describe('organisation names by id'),
  roles: z.record(KebabId, Words).optional().describe('role titles by id'),
  markings: z.record(z.string().min(1), Words).optional().describe('marking titles by id'),
});
export type TranslationDocument = z.infer<typeof TranslationDocument>;
