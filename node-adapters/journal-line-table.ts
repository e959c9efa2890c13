import { canonicalJson, JournalDecoder, type DecodedJournal } from '../core/index';
import { lineTooLongMessage, MAX_JOURNAL_LINE_BYTES } from './journal-line-bound';

/**
 * A journal store's lines, `at(i)` holding the event with seq i + 1 as canonical JSON. The lines read when
 * the journal was opened stay in the file's bytes (outside the JS heap) and are made strings only when read;
 * the lines appended since are strings. Holding 100,000 lines as heap strings made the garbage collector's
 * work, more than the decoding, the larger part of opening a journal (issue 19 §4).
 */
export class JournalLineTable {
  private readonly appended: string[] = [];

  private constructor(
    private readonly bytes: Buffer,
    /** Where the line of index i starts and ends (its "\n" excluded) in `bytes`. */
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
    /** Lines whose bytes are not their event's canonical line (an earlier version brought forward). */
    private readonly replaced: ReadonlyMap<number, string>,
  ) {}

  static ofStrings(lines: readonly string[]): JournalLineTable {
    const table = new JournalLineTable(Buffer.alloc(0), [], [], new Map());
    table.push(lines);
    return table;
  }

  get length(): number {
    return this.starts.length + this.appended.length;
  }

  at(index: number): string {
    const read = this.starts.length;
    if (index >= read) return this.appended[index - read] as string;
    return this.replaced.get(index) ?? this.bytes.toString('utf8', this.starts[index], this.ends[index]);
  }

  /** The lines from index `from` up to, not including, `to`. */
  slice(from: number, to: number): string[] {
    const lines: string[] = [];
    for (let index = from; index < to; index++) lines.push(this.at(index));
    return lines;
  }

  push(lines: readonly string[]): void {
    for (const line of lines) this.appended.push(line);
  }

  /**
   * Decode the store's own journal (trusted: the engine wrote it) as `decodeJournalBytes` does, line for
   * line (same torn line, problems and bound), keeping where each line is rather than the line. A line of
   * the current envelope version is kept as it is; one brought forward from an earlier version is encoded
   * again. Each line is still parsed and its envelope, version, type and seq checked; its payload is not.
   */
  static decode(
    bytes: Buffer,
    options: { maxLineBytes?: number } = {},
  ): Omit<DecodedJournal, 'events'> & { table: JournalLineTable; exerciseId: string | null } {
    const maxLineBytes = options.maxLineBytes ?? MAX_JOURNAL_LINE_BYTES;
    const starts: number[] = [];
    const ends: number[] = [];
    const replaced = new Map<number, string>();
    let exerciseId: string | null = null;
    let lineStart = 0;
    let lineEnd = 0;
    const decoder = new JournalDecoder(
      (event, migrated) => {
        exerciseId ??= event.exerciseId;
        if (migrated) replaced.set(starts.length, canonicalJson(event));
        starts.push(lineStart);
        ends.push(lineEnd);
      },
      { trusted: true },
    );
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    let start = bom;
    let stopped = false;
    for (let end = bytes.indexOf(0x0a, start); end !== -1; end = bytes.indexOf(0x0a, start)) {
      if (end - start > maxLineBytes) {
        decoder.refuseLine(lineTooLongMessage(maxLineBytes));
        stopped = true;
        break;
      }
      lineStart = start;
      lineEnd = end;
      if (!decoder.line(bytes.toString('utf8', start, end))) {
        stopped = true;
        break;
      }
      start = end + 1;
    }
    if (!stopped) {
      lineStart = start;
      lineEnd = bytes.length;
      if (bytes.length - start > maxLineBytes) decoder.refuseLine(lineTooLongMessage(maxLineBytes));
      else decoder.end(bytes.toString('utf8', start));
    }
    return {
      table: new JournalLineTable(bytes, starts, ends, replaced),
      exerciseId,
      torn: decoder.torn,
      problems: decoder.problems,
      missingFinalNewline: decoder.missingFinalNewline,
    };
  }
}
