import { createReadStream } from 'node:fs';
import { JournalDecoder, type ExerciseEvent, type JournalProblem, type TornLine } from '../core/index';

export interface JournalReadReport {
  torn: TornLine | null;
  problems: JournalProblem[];
  missingFinalNewline: boolean;
  /** Byte offset of the first byte that is not UTF-8, when the file is not text at all. */
  notUtf8At: number | null;
}

/**
 * Stream a journal file event by event, never holding its text or all its events: how `report` reads a
 * journal of any length in bounded memory. Problems are reported as the codec reports them.
 */
export async function readJournalFile(
  file: string,
  onEvent: (event: ExerciseEvent) => void,
  options: { trusted: boolean },
): Promise<JournalReadReport> {
  const decoder = new JournalDecoder(onEvent, options);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  const decodeLine = (bytes: Buffer): string | null => {
    try {
      return utf8.decode(bytes);
    } catch {
      return null;
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let start = 0;
    for (let end = pending.indexOf(0x0a); end !== -1; end = pending.indexOf(0x0a, start)) {
      const text = decodeLine(pending.subarray(start, end));
      if (text === null) return { ...result(decoder), notUtf8At: offset + start };
      if (!decoder.line(text)) return { ...result(decoder), notUtf8At: null };
      start = end + 1;
    }
    offset += start;
    pending = pending.subarray(start);
  }
  const rest = decodeLine(pending);
  if (rest === null) return { ...result(decoder), notUtf8At: offset };
  decoder.end(rest);
  return { ...result(decoder), notUtf8At: null };
}

function result(decoder: JournalDecoder) {
  return { torn: decoder.torn, problems: decoder.problems, missingFinalNewline: decoder.missingFinalNewline };
}
