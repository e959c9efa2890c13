import { canonicalJson, JournalDecoder, type DecodedJournal, type ExerciseEvent } from '../core/index';
import { lineTooLongMessage, MAX_JOURNAL_LINE_BYTES } from './journal-line-bound';

export interface JournalLinesOptions {
  /**
   * The engine's own journal: payloads are not checked again, and a line of the current envelope version is
   * kept as it is, without checking that it is canonical (the engine wrote it with canonicalJson); the
   * envelope, the version, the type and the seq order are still checked on every line.
   */
  trusted: boolean;
  /** The longest line accepted, in bytes (default MAX_JOURNAL_LINE_BYTES; smaller in tests). */
  maxLineBytes?: number;
}

/**
 * A decoded journal with its lines: `lines[i]` is `canonicalJson(events[i])` (for a trusted journal, its own
 * line, taken to be canonical).
 */
export interface JournalLines extends DecodedJournal {
  lines: string[];
  /** Every line of the text up to its last "\n" was kept as given: those bytes are the journal as is. */
  asGiven: boolean;
}

/**
 * Decode a journal's text as core's `decodeJournal` does (same problems, torn line and stop at the first
 * damaged line), keeping each event's line. A line that already is the canonical encoding of its event is
 * kept as it is, so a journal the host wrote is not encoded a second time; any other line (another key
 * order, spaces, an event of an earlier version brought forward) is replaced by the canonical encoding.
 * A line longer than the bound (journal-line-bound.ts) is a damaged line.
 */
export function decodeJournalLines(text: string, options: JournalLinesOptions): JournalLines {
  const maxLineBytes = options.maxLineBytes ?? MAX_JOURNAL_LINE_BYTES;
  // A character is 1 to 3 bytes of UTF-8 (a surrogate pair, 2 characters, is 4): count bytes only when the
  // character count alone cannot settle it.
  const tooLong = (from: number, to: number) =>
    to - from > maxLineBytes ||
    ((to - from) * 3 > maxLineBytes && Buffer.byteLength(text.slice(from, to)) > maxLineBytes);
  return decodeLines(options, (take, refuse) => {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (tooLong(start, end)) return refuse();
      if (!take(text.slice(start, end))) return null;
      start = end + 1;
    }
    return tooLong(start, text.length) ? refuse() : text.slice(start);
  });
}

/**
 * The same, from the journal's bytes (a leading byte order mark is skipped). Each line is made a string of
 * its own: a line of plain ASCII then stays a one-byte string even when other lines are not, which halves
 * the memory and the parsing time of a journal with a few accented names.
 */
export function decodeJournalBytes(bytes: Uint8Array, options: JournalLinesOptions): JournalLines {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const maxLineBytes = options.maxLineBytes ?? MAX_JOURNAL_LINE_BYTES;
  const decoded = decodeLines(options, (take, refuse) => {
    let start = bom;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      if (end - start > maxLineBytes) return refuse();
      if (!take(buffer.toString('utf8', start, end))) return null;
      start = end + 1;
    }
    return buffer.length - start > maxLineBytes ? refuse() : buffer.toString('utf8', start);
  });
  return bom > 0 ? { ...decoded, asGiven: false } : decoded;
}

/**
 * `feed` hands each complete line to `take` until it returns false, then returns the rest (null: stopped);
 * a line over the bound it gives to `refuse` instead, and stops.
 */
function decodeLines(
  options: JournalLinesOptions,
  feed: (take: (line: string) => boolean, refuse: () => null) => string | null,
): JournalLines {
  const events: ExerciseEvent[] = [];
  const lines: string[] = [];
  let asGiven = true;
  let lineText = '';
  const { trusted } = options;
  const decoder = new JournalDecoder(
    (event, migrated) => {
      events.push(event);
      // Trusted and not migrated: the engine's own canonical line. Checking it again cost as much as the
      // JSON.parse itself (issue 19 §4), so only lines from elsewhere are checked.
      if ((trusted && !migrated) || (!migrated && isCanonicalLine(lineText, event))) lines.push(lineText);
      else {
        asGiven = false;
        lines.push(canonicalJson(event));
      }
    },
    { trusted },
  );
  const refuse = (): null => {
    decoder.refuseLine(lineTooLongMessage(options.maxLineBytes ?? MAX_JOURNAL_LINE_BYTES));
    return null;
  };
  const rest = feed((line) => {
    lineText = line;
    return decoder.line(line);
  }, refuse);
  lineText = rest ?? '';
  decoder.end(lineText);
  return {
    events,
    lines,
    asGiven: asGiven && !decoder.missingFinalNewline && !decoder.stopped,
    torn: decoder.torn,
    problems: decoder.problems,
    missingFinalNewline: decoder.missingFinalNewline,
  };
}

/**
 * The line is exactly `canonicalJson(event)`: it prints back the same (no spaces, the usual escapes and
 * number spellings, the event was not migrated) and every object's keys are in sorted order. Cheaper than
 * encoding the event again, which builds a sorted copy of every object.
 */
export function isCanonicalLine(line: string, event: ExerciseEvent): boolean {
  return JSON.stringify(event) === line && keysSorted(event);
}

function keysSorted(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSorted);
  if (value === null || typeof value !== 'object') return true;
  let previous: string | null = null;
  for (const key in value) {
    if (previous !== null && !(previous < key)) return false;
    previous = key;
    if (!keysSorted((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
