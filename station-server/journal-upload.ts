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
  /** Set when the file was UTF-16 text (a journal re-saved by an editor), read as such and stored as UTF-8. */
  utf16?: 'UTF-16 LE' | 'UTF-16 BE';
}

/**
 * Decode a journal a person chose: the upload's bytes as they came, or its text. Every payload is checked
 * against its schema. When every line already is its event's canonical encoding (a backup the host wrote),
 * the file's own bytes are what is written, without encoding 100,000 events a second time.
 */
export function decodeUpload(input: string | Uint8Array): DecodedUpload {
  const utf16 = typeof input === 'string' ? null : utf16Of(input);
  if (utf16 && typeof input !== 'string') {
    // A journal opened and saved again by a Windows editor: its byte order mark names the encoding.
    const text = new TextDecoder(utf16 === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be').decode(input);
    return { ...decodeUpload(text), utf16 };
  }
  if (typeof input !== 'string' && !isUtf8OrCutInACharacter(input)) {
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

/**
 * UTF-8, or UTF-8 but for a last line cut inside a character: a copy or a crash that stopped mid-character
 * tore the last line, which is told as a tear, not as a file that is not text.
 */
function isUtf8OrCutInACharacter(bytes: Uint8Array): boolean {
  const whole = bytes.lastIndexOf(0x0a) + 1;
  if (!isUtf8(bytes.subarray(0, whole))) return false;
  try {
    // In stream mode an unfinished sequence at the end is held back, not refused; a wrong byte still is.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(whole), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function utf16Of(bytes: Uint8Array): DecodedUpload['utf16'] | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  return null;
}

/**
 * Why an upload is refused, in the words of someone who chose a file (without the file's name): what the
 * file is not, and the line at fault. A JSON parser's own wording ("Unterminated string in JSON at position
 * 189") is replaced by what it means for a journal: the line was cut or edited.
 */
export function uploadProblemText(decoded: DecodedUpload, byteLength: number): string | null {
  const { problem, torn, events } = decoded;
  if (byteLength === 0 || (problem === null && torn === null && events.length === 0))
    return 'the file is empty: an exercise journal holds one event per line';
  if (problem === null && events.length === 0 && torn !== null)
    return `line ${torn.line} is cut short (the file ends inside its first event): it holds no whole event`;
  if (problem === null) return null;
  const { line, message } = problem;
  if (message.startsWith('not UTF-8'))
    return `line ${line} is not text (bytes that are not UTF-8): is it an exercise journal (.jsonl)?`;
  const position = /at position (\d+)/.exec(message)?.[1];
  const near = position === undefined ? '' : `, near character ${Number(position) + 1}`;
  const said = message.startsWith('not JSON')
    ? `line ${line} is damaged: it is not a whole JSON event (cut short or edited${near})`
    : `line ${line}: ${message}`;
  return line === 1 && events.length === 0 ? `not an exercise journal: ${said}` : said;
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
