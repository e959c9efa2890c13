import type { z } from 'zod';
import { firstIssue } from '../documents/index';
import { EVENT_ENVELOPE_VERSION, type ExerciseEvent } from '../ports/index';
import { isEventType } from './event-map';
import { migrationPath, EVENT_MIGRATIONS, type EventMigration } from './event-migrations';
import { EVENT_PAYLOADS } from './event-payloads';

/**
 * The one place where a value read from outside the engine becomes an `ExerciseEvent`: a journal line, an
 * event in a backup. Every line gets its envelope checked and its version dispatched (an older one migrated
 * step by step, a newer one refused); an untrusted line also gets its payload checked against its type's
 * schema. Trusted lines (the engine's own journal) are not re-validated (docs/architecture.md §3).
 */

/** `migrated`: the line was of an earlier envelope version, so the event is not what the line spells. */
export type DecodedEvent =
  { ok: true; event: ExerciseEvent; migrated: boolean } | { ok: false; message: string };

export interface DecodeOptions {
  /** The engine's own log: its payloads are not checked again. */
  trusted: boolean;
  /** For tests of the dispatch: the steps and the version to reach (default: this version's). */
  migrations?: readonly EventMigration[];
  currentVersion?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;
const isNonEmptyString = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isFiniteNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** The envelope fields of docs/architecture.md §3, each with what a readable event must hold there. */
const ENVELOPE_FIELDS: readonly [string, (value: unknown) => boolean, string][] = [
  ['v', isPositiveInteger, 'a positive integer'],
  ['seq', isPositiveInteger, 'a positive integer'],
  ['exerciseId', isNonEmptyString, 'a non-empty string'],
  ['type', isNonEmptyString, 'a non-empty string'],
  ['scenarioMs', isFiniteNumber, 'a number'],
  ['wallMs', isFiniteNumber, 'a number'],
  ['commandId', isStringOrNull, 'a string or null'],
  ['actor', (value) => value === null || isObject(value), 'an object or null'],
  ['marking', isStringOrNull, 'a string or null'],
  [
    'audience',
    (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'),
    'a list of strings',
  ],
  ['payload', isObject, 'an object'],
];

function envelopeProblem(value: Record<string, unknown>): string | null {
  // Every line of a journal is read through here: the common case is settled by plain comparisons, and the
  // table is walked only to name what is wrong with a line that fails them.
  if (isValidEnvelope(value)) return null;
  for (const [field, isValid, expected] of ENVELOPE_FIELDS) {
    if (!(field in value)) return `missing field "${field}"`;
    if (!isValid(value[field])) return `field "${field}" must be ${expected}`;
  }
  return null;
}

/** The checks of ENVELOPE_FIELDS, written out (a missing field reads as undefined, which every one refuses). */
function isValidEnvelope(value: Record<string, unknown>): boolean {
  const { v, seq, exerciseId, type, scenarioMs, wallMs, commandId, actor, marking, audience, payload } =
    value;
  if (!(isPositiveInteger(v) && isPositiveInteger(seq))) return false;
  if (!(isNonEmptyString(exerciseId) && isNonEmptyString(type))) return false;
  if (!(isFiniteNumber(scenarioMs) && isFiniteNumber(wallMs))) return false;
  if (!(isStringOrNull(commandId) && isStringOrNull(marking) && (actor === null || isObject(actor))))
    return false;
  if (!Array.isArray(audience) || !isObject(payload)) return false;
  for (const entry of audience) if (typeof entry !== 'string') return false;
  return true;
}

function payloadProblem(type: keyof typeof EVENT_PAYLOADS, payload: unknown): string | null {
  const schema: z.ZodType = EVENT_PAYLOADS[type];
  const parsed = schema.safeParse(payload);
  if (parsed.success) return null;
  const { field, message } = firstIssue(parsed.error, ['payload']);
  return `${type}: field "${field}": ${message}`;
}

export function decodeEvent(value: unknown, options: DecodeOptions): DecodedEvent {
  if (!isObject(value)) return { ok: false, message: 'not a JSON object' };
  const envelope = envelopeProblem(value);
  if (envelope !== null) return { ok: false, message: envelope };
  const current = options.currentVersion ?? EVENT_ENVELOPE_VERSION;
  const version = value.v as number;
  if (version > current) {
    return {
      ok: false,
      message: `written by a newer version of the app (event envelope v${version}; this version reads up to v${current}): open it with that version or a later one`,
    };
  }
  let line = value;
  if (version < current) {
    const steps = migrationPath(version, current, options.migrations ?? EVENT_MIGRATIONS);
    if (typeof steps === 'string') return { ok: false, message: steps };
    for (const step of steps) line = step.migrate(line);
  }
  const type = line.type as string;
  if (!isEventType(type)) return { ok: false, message: `unknown event type "${type}"` };
  if (!options.trusted) {
    const problem = payloadProblem(type, line.payload);
    if (problem !== null) return { ok: false, message: problem };
  }
  // The envelope and the version are checked, and the payload too unless the line is the engine's own.
  return { ok: true, event: line as unknown as ExerciseEvent, migrated: line !== value };
}
