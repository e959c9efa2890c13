import { createReadStream } from 'node:fs';
import { JournalDecoder, type ExerciseEvent, type JournalProblem, type TornLine } from '../core/index';
import { lineTooLongMessage, MAX_JOURNAL_LINE_BYTES } from './journal-line-bound';

export interface JournalReadReport {
  torn: TornLine | null;
  problems: JournalProblem[];
  missingFinalNewline: boolean;
  /** Byte offset of the first byte that is not UTF-8, when the file is not text at all. */
  notUtf8At: number | null;
}

export interface JournalReadOptions {
  trusted: boolean;
  /** The longest line accepted, in bytes (default MAX_JOURNAL_LINE_BYTES; smaller in tests). */
  maxLineBytes?: number;
}

/**
 * Stream a journal file event by event, never holding its text or all its events: how `report` reads a
 * journal of any length in bounded memory. Problems are reported as the codec reports them; a line over
 * the bound is a damaged line (see journal-line-bound.ts).
 */
export async function readJournalFile(
  file: string,
  onEvent: (event: ExerciseEvent) => void,
  options: JournalReadOptions,
): Promise<JournalReadReport> {
  return readJournalChunks(createReadStream(file, { highWaterMark: 1 << 20 }), onEvent, options);
}

/**
 * The same over any source of chunks. Linear in the journal's length: each chunk is searched for "\n" once,
 * from where the last search stopped, and the pieces of a line cut across chunks are kept in a list and
 * joined once, when its end arrives (joining and re-searching a growing buffer made a 200 MB line take 74 s).
 */
export async function readJournalChunks(
  chunks: AsyncIterable<Uint8Array>,
  onEvent: (event: ExerciseEvent) => void,
  options: JournalReadOptions,
): Promise<JournalReadReport> {
  const decoder = new JournalDecoder(onEvent, options);
  const maxLineBytes = options.maxLineBytes ?? MAX_JOURNAL_LINE_BYTES;
  const pieces: Buffer[] = [];
  let pieceBytes = 0;
  /** Offset in the file of the first byte of the line being read. */
  let lineStart = 0;
  const tooLong = () => {
    decoder.refuseLine(lineTooLongMessage(maxLineBytes));
    return { ...result(decoder), notUtf8At: null };
  };
  for await (const raw of chunks) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let start = 0;
    for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
      if (pieceBytes + end - start > maxLineBytes) return tooLong();
      const bytes =
        pieceBytes === 0
          ? chunk.subarray(start, end)
          : Buffer.concat([...pieces, chunk.subarray(start, end)]);
      pieces.length = 0;
      pieceBytes = 0;
      const text = utf8OrNull(bytes);
      if (text === null) return { ...result(decoder), notUtf8At: lineStart };
      if (!decoder.line(text)) return { ...result(decoder), notUtf8At: null };
      lineStart += bytes.length + 1;
      start = end + 1;
    }
    if (start < chunk.length) {
      pieces.push(chunk.subarray(start));
      pieceBytes += chunk.length - start;
      if (pieceBytes > maxLineBytes) return tooLong();
    }
  }
  const rest = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
  const text = utf8OrNull(rest);
  if (text !== null) decoder.end(text);
  // A write cut inside a multi-byte character is a torn line like any other cut: decoded leniently, the
  // broken character becomes U+FFFD and the line does not parse, so the codec calls it torn.
  else if (endsInCutCharacter(rest)) decoder.end(rest.toString('utf8'));
  else return { ...result(decoder), notUtf8At: lineStart };
  return { ...result(decoder), notUtf8At: null };
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Every byte is UTF-8 except an unfinished character at the very end, which is what a cut write leaves. */
function endsInCutCharacter(bytes: Uint8Array): boolean {
  try {
    // In streaming mode the decoder holds back an unfinished last character instead of refusing it.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function result(decoder: JournalDecoder) {
  return { torn: decoder.torn, problems: decoder.problems, missingFinalNewline: decoder.missingFinalNewline };
}
