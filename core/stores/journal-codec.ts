import { errorMessage } from '../documents/index';
import { canonicalJson } from '../engine/index';
import { decodeEvent } from '../events/index';
import type { ExerciseEvent } from '../ports/index';

/**
 * The journal format (docs/architecture.md §8): JSON Lines, one canonical-JSON event per line, each line ending
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
 * Decodes a journal one line at a time, so a long journal can be read as a stream and never held whole.
 * Never throws: a torn last line and a damaged line are reported with their line numbers, and decoding
 * stops at the first damaged line, since the events after it can no longer be trusted to continue the log.
 */
export class JournalDecoder {
  readonly problems: JournalProblem[] = [];
  torn: TornLine | null = null;
  missingFinalNewline = false;
  private lineNumber = 0;
  private count = 0;
  private exerciseId: string | null = null;

  /**
   * `trusted`: the engine's own journal, whose payloads are not checked again; a journal from a file the user
   * chose (a backup to restore, a journal to report) is not, and every payload is checked against its schema.
   */
  constructor(
    /** `migrated`: the event was brought forward from an earlier envelope version, so its line is not it. */
    private readonly onEvent: (event: ExerciseEvent, migrated: boolean) => void,
    private readonly options: { trusted: boolean },
  ) {}

  get stopped(): boolean {
    return this.problems.length > 0;
  }

  /** One complete line, without its "\n". Returns false once decoding has stopped. */
  line(text: string): boolean {
    if (this.stopped) return false;
    this.lineNumber += 1;
    return this.take(text, this.lineNumber);
  }

  /**
   * The next line is refused before it is decoded (a reader found it longer than its bound): it counts as a
   * damaged line, so decoding stops there like at any other.
   */
  refuseLine(message: string): void {
    if (this.stopped) return;
    this.lineNumber += 1;
    this.fail(this.lineNumber, message);
  }

  /** What follows the final "\n": nothing, a torn write, or a whole event that lost its "\n". */
  end(rest: string): void {
    if (this.stopped || rest === '') return;
    // JSON of an object is only valid once its closing brace is written, so a cut line never parses: an
    // unparsable last line without "\n" is a torn write. One that parses is a whole event that lost its "\n".
    if (!parseJson(rest).ok) this.torn = { line: this.lineNumber + 1, text: rest };
    else if (this.take(rest, this.lineNumber + 1)) this.missingFinalNewline = true;
  }

  private take(lineText: string, line: number): boolean {
    const parsed = parseJson(lineText);
    if (!parsed.ok)
      return this.fail(line, lineText.trim() === '' ? 'empty line' : `not JSON: ${parsed.error}`);
    const decoded = decodeEvent(parsed.value, this.options);
    if (!decoded.ok) return this.fail(line, decoded.message);
    const { event, migrated } = decoded;
    const message = this.continuityProblem(event);
    if (message !== null) return this.fail(line, message);
    this.exerciseId ??= event.exerciseId;
    this.count += 1;
    this.onEvent(event, migrated);
    return true;
  }

  private continuityProblem(event: ExerciseEvent): string | null {
    const expected = this.count + 1;
    if (event.seq !== expected) return `seq ${event.seq} does not continue the log (expected ${expected})`;
    if (this.exerciseId !== null && event.exerciseId !== this.exerciseId) {
      return `exercise "${event.exerciseId}" in the journal of exercise "${this.exerciseId}"`;
    }
    return null;
  }

  private fail(line: number, message: string): false {
    this.problems.push({ line, message });
    return false;
  }
}

/** Read a journal's whole text (see JournalDecoder for what is reported and kept, and what `trusted` means). */
export function decodeJournal(text: string, options: { trusted: boolean }): DecodedJournal {
  const events: ExerciseEvent[] = [];
  const decoder = new JournalDecoder((event) => events.push(event), options);
  // Walk the text line by line rather than splitting it: a long journal would otherwise be held twice.
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    if (!decoder.line(text.slice(start, end))) break;
    start = end + 1;
  }
  decoder.end(decoder.stopped ? '' : text.slice(start));
  return {
    events,
    torn: decoder.torn,
    problems: decoder.problems,
    missingFinalNewline: decoder.missingFinalNewline,
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
