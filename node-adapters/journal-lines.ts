import { canonicalJson, JournalDecoder, type DecodedJournal, type ExerciseEvent } from '../core/index';

/** A decoded journal with its lines: `lines[i]` is `canonicalJson(events[i])`. */
export interface JournalLines extends DecodedJournal {
  lines: string[];
  /** Every line of the text up to its last "\n" was already canonical: those bytes are the journal as is. */
  asGiven: boolean;
}

/**
 * Decode a journal's text as core's `decodeJournal` does (same problems, torn line and stop at the first
 * damaged line), keeping each event's line. A line that already is the canonical encoding of its event is
 * kept as it is, so a journal the host wrote is not encoded a second time; any other line (another key
 * order, spaces, an event of an earlier version brought forward) is replaced by the canonical encoding.
 */
export function decodeJournalLines(text: string, options: { trusted: boolean }): JournalLines {
  return decodeLines(options, (take) => {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (!take(text.slice(start, end))) return null;
      start = end + 1;
    }
    return text.slice(start);
  });
}

/**
 * The same, from the journal's bytes (a leading byte order mark is skipped). Each line is made a string of
 * its own: a line of plain ASCII then stays a one-byte string even when other lines are not, which halves
 * the memory and the parsing time of a journal with a few accented names.
 */
export function decodeJournalBytes(bytes: Uint8Array, options: { trusted: boolean }): JournalLines {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  const decoded = decodeLines(options, (take) => {
    let start = bom;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      if (!take(buffer.toString('utf8', start, end))) return null;
      start = end + 1;
    }
    return buffer.toString('utf8', start);
  });
  return bom > 0 ? { ...decoded, asGiven: false } : decoded;
}

/** `feed` hands each complete line to `take` until it returns false, then returns the rest (null: stopped). */
function decodeLines(
  options: { trusted: boolean },
  feed: (take: (line: string) => boolean) => string | null,
): JournalLines {
  const events: ExerciseEvent[] = [];
  const lines: string[] = [];
  let asGiven = true;
  let lineText = '';
  const decoder = new JournalDecoder((event) => {
    events.push(event);
    if (isCanonicalLine(lineText, event)) lines.push(lineText);
    else {
      asGiven = false;
      lines.push(canonicalJson(event));
    }
  }, options);
  const rest = feed((line) => {
    lineText = line;
    return decoder.line(line);
  });
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
