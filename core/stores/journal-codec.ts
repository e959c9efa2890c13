import { canonicalJson } from '../engine/index';
import type { ExerciseEvent } from '../ports/index';

/**
 * The journal format (ARCHITECTURE.md §6): JSON Lines, one canonical-JSON event per line, each line ending
 * in "\n", seq contiguous from 1, one exercise per file. This module is the pure codec; writing, fsync and
 * recovery on disk live in node-adapters/journal-event-store.ts.
 */

/** A line that cannot be read as the next event of the log. */
export interface JournalProblem {
  /** 1-based. */
  line: number;
  message: string;
}

/** The unfinished last line a crash mid-write leaves behind. */
export interface TornLine {
  /** 1-based. */
  line: number;
  text: string;
}

export interface DecodedJournal {
  /** Every event before the first torn or damaged line, in order. */
  events: ExerciseEvent[];
  /** The last line when it has no final newline and is not JSON: the write was cut short. */
  torn: TornLine | null;
  /**
   * A complete line that is not a valid next event. Decoding stops at the first one, so this holds at most
   * one entry, and the events after it are not returned: they can no longer be trusted to continue the log.
   */
  problems: JournalProblem[];
  /** The last line is a complete event but its "\n" is missing (the crash fell between the two writes). */
  missingFinalNewline: boolean;
}

/** One canonical JSON line per event, each ending in "\n". */
export function encodeEvents(events: readonly ExerciseEvent[]): string {
  let text = '';
  for (const event of events) text += `${canonicalJson(event)}\n`;
  return text;
}

/**
 * Read a journal's text. Never throws: a torn last line and a damaged line are reported, with their line
 * numbers, so that the caller decides what to keep and can tell the user; nothing is dropped silently.
 */
export function decodeJournal(text: string): DecodedJournal {
  const result: DecodedJournal = { events: [], torn: null, problems: [], missingFinalNewline: false };
  let exerciseId: string | null = null;

  const fail = (line: number, message: string): false => {
    result.problems.push({ line, message });
    return false;
  };

  const take = (lineText: string, line: number): boolean => {
    const parsed = parseJson(lineText);
    if (!parsed.ok) return fail(line, lineText.trim() === '' ? 'empty line' : `not JSON: ${parsed.error}`);
    const message = envelopeProblem(parsed.value) ?? continuityProblem(parsed.value as ExerciseEvent);
    if (message !== null) return fail(line, message);
    const event = parsed.value as ExerciseEvent;
    exerciseId ??= event.exerciseId;
    result.events.push(event);
    return true;
  };

  const continuityProblem = (event: ExerciseEvent): string | null => {
    const expected = result.events.length + 1;
    if (event.seq !== expected) return `seq ${event.seq} does not continue the log (expected ${expected})`;
    if (exerciseId !== null && event.exerciseId !== exerciseId) {
      return `exercise "${event.exerciseId}" in the journal of exercise "${exerciseId}"`;
    }
    return null;
  };

  // Walk the text line by line rather than splitting it: a long journal would otherwise be held twice.
  let start = 0;
  let lineNumber = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lineNumber += 1;
    if (!take(text.slice(start, end), lineNumber)) return result;
    start = end + 1;
  }
  // What follows the final "\n" is a last line written without its newline, if anything.
  const last = text.slice(start);
  if (last === '') return result;
  // JSON of an object is only valid once its closing brace is written, so a cut line never parses: an
  // unparsable last line without "\n" is a torn write. One that parses is a whole event that lost its "\n".
  if (!parseJson(last).ok) {
    result.torn = { line: lineNumber + 1, text: last };
  } else if (take(last, lineNumber + 1)) {
    result.missingFinalNewline = true;
  }
  return result;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;
const isNonEmptyString = (value: unknown): boolean => typeof value === 'string' && value !== '';
const isFiniteNumber = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
const isStringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** The envelope fields of ARCHITECTURE.md §3, each with what a readable event must hold there. */
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

function envelopeProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not a JSON object';
  for (const [field, isValid, expected] of ENVELOPE_FIELDS) {
    if (!(field in value)) return `missing field "${field}"`;
    if (!isValid(value[field])) return `field "${field}" must be ${expected}`;
  }
  return null;
}
