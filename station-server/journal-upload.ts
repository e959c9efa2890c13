import { isUtf8 } from 'node:buffer';
import type { ExerciseEvent, JournalProblem, TornLine } from '../core/index';
import { decodeJournalBytes, decodeJournalLines } from '../node-adapters/index';

/** A journal file from outside, decoded line by line with every payload checked (never trusted). */
export interface DecodedUpload {
  events: ExerciseEvent[];
  /** `canonicalJson(events[i])` for every event: the lines the journal on disk is made of. */
  lines: string[];
  /** The journal's bytes as they are to be written: the lines, each ending in "\n". */
  bytes: Uint8Array;
  torn: TornLine | null;
  /** The first line that is not a valid next event (decoding stopped there), or a text that is not UTF-8. */
  problem: JournalProblem | null;
}

/**
 * Decode a journal a person chose: the upload's bytes as they came, or its text. Every payload is checked
 * against its schema. When every line already is its event's canonical encoding (a backup the host wrote),
 * the file's own bytes are what is written, without encoding 100,000 events a second time.
 */
export function decodeUpload(input: string | Uint8Array): DecodedUpload {
  if (typeof input !== 'string' && !isUtf8(input)) {
    const problem = { line: firstLineNotUtf8(input), message: 'not UTF-8 text: is it a journal file?' };
    return { events: [], lines: [], bytes: new Uint8Array(), torn: null, problem };
  }
  const decoded =
    typeof input === 'string'
      ? decodeJournalLines(input, { trusted: false })
      : decodeJournalBytes(input, { trusted: false });
  const { events, lines, torn } = decoded;
  const problem = decoded.problems[0] ?? null;
  if (problem) return { events, lines, bytes: new Uint8Array(), torn, problem };
  // A torn last line follows the last "\n" and is left out; a byte order mark makes `asGiven` false.
  const bytes =
    decoded.asGiven && typeof input !== 'string'
      ? input.subarray(0, input.lastIndexOf(0x0a) + 1)
      : Buffer.from(lines.length === 0 ? '' : `${lines.join('\n')}\n`, 'utf8');
  return { events, lines, bytes, torn, problem };
}

/** 1-based. A byte 0x0a is never part of a multi-byte UTF-8 sequence, so each line decodes on its own. */
function firstLineNotUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (;;) {
    const newline = bytes.indexOf(0x0a, start);
    try {
      strict.decode(bytes.subarray(start, newline === -1 ? bytes.length : newline));
    } catch {
      return line;
    }
    if (newline === -1) return line;
    start = newline + 1;
    line += 1;
  }
}
