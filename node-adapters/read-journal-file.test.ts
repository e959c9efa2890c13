import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeEvents, type ExerciseEvent } from '../core/index';
import { testEvent } from '../test/event-store-contract';
import { lineTooLongMessage } from './journal-line-bound';
import { readJournalChunks, readJournalFile } from './read-journal-file';

async function streamed(content: string | Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-stream-')), 'events.jsonl');
  writeFileSync(file, content);
  const events: ExerciseEvent[] = [];
  const report = await readJournalFile(file, (event) => events.push(event), { trusted: false });
  return { events, ...report };
}

describe('readJournalFile', () => {
  it('streams a journal larger than one read chunk, lines cut across chunks, as decodeJournal reads it', async () => {
    const events = Array.from({ length: 3000 }, (_, index) =>
      testEvent('big', index + 1, 'x'.repeat(500 + (index % 97))),
    );
    const text = encodeEvents(events);
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    const result = await streamed(text);
    expect(result.events).toEqual(events);
    expect(result).toMatchObject({ torn: null, problems: [], missingFinalNewline: false, notUtf8At: null });
  });

  it('reports what the codec reports for any cut of a journal', async () => {
    const text = encodeEvents(Array.from({ length: 12 }, (_, index) => testEvent('cut', index + 1)));
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length), async (cut) => {
        const expected = decodeJournal(text.slice(0, cut), { trusted: false });
        const result = await streamed(text.slice(0, cut));
        expect(result.events).toEqual(expected.events);
        expect(result.torn).toEqual(expected.torn);
        expect(result.problems).toEqual(expected.problems);
      }),
      { seed: 3, numRuns: 60 },
    );
  });

  it('stops at bytes that are not UTF-8, keeping the events before them', async () => {
    const good = encodeEvents([testEvent('u', 1), testEvent('u', 2)]);
    const result = await streamed(Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(result.events).toHaveLength(2);
    expect(result.notUtf8At).toBe(Buffer.byteLength(good));
  });

  it('reads a journal whose first line is cut short as a torn line 1, even inside a character', async () => {
    const line = Buffer.from(encodeEvents([testEvent('first', 1, 'Zoë Łukasiewicz')]));
    const inCharacter = line.indexOf(Buffer.from('ë')) + 1;
    for (const cut of [10, inCharacter]) {
      const result = await streamed(line.subarray(0, cut));
      expect(result).toMatchObject({ events: [], problems: [], notUtf8At: null });
      expect(result.torn).toEqual({ line: 1, text: line.subarray(0, cut).toString('utf8') });
    }
  });
});

/** The chunks of `bytes` cut at `cuts`, as a stream hands them over. */
async function* chunksOf(bytes: Buffer, cuts: readonly number[]): AsyncGenerator<Buffer> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(start, cut);
    start = cut;
  }
  yield bytes.subarray(start);
}

async function fromChunks(chunks: AsyncIterable<Uint8Array>, maxLineBytes?: number) {
  const events: ExerciseEvent[] = [];
  const report = await readJournalChunks(chunks, (event) => events.push(event), {
    trusted: false,
    ...(maxLineBytes === undefined ? {} : { maxLineBytes }),
  });
  return { events, ...report };
}

describe('readJournalChunks', () => {
  it('reads any chunking of any cut of a journal as the codec reads its text', async () => {
    // Accented and astral characters, so that chunk edges and cuts also fall inside a character.
    const events = Array.from({ length: 8 }, (_, index) => testEvent('chunks', index + 1, `é€😀 ${index}`));
    const bytes = Buffer.from(encodeEvents(events));
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bytes.length),
        fc.array(fc.nat(bytes.length), { maxLength: 12 }),
        async (cut, cuts) => {
          const journal = bytes.subarray(0, cut);
          // The oracle: the whole text decoded leniently (a cut character becomes U+FFFD), split by the codec.
          const expected = decodeJournal(journal.toString('utf8'), { trusted: false });
          const result = await fromChunks(
            chunksOf(
              journal,
              cuts.map((at) => Math.min(at, cut)),
            ),
          );
          expect(result.events).toEqual(expected.events);
          expect(result.torn).toEqual(expected.torn);
          expect(result.problems).toEqual(expected.problems);
          expect(result.missingFinalNewline).toBe(expected.missingFinalNewline);
          expect(result.notUtf8At).toBeNull();
        },
      ),
      { seed: 19, numRuns: 200 },
    );
  });

  it('scans and copies each byte of a long line cut into many chunks about once', async () => {
    const line = Buffer.from(encodeEvents([testEvent('long', 1, 'x'.repeat(2 * 1024 * 1024))]));
    const chunkBytes = 4096;
    const cuts = Array.from({ length: Math.floor(line.length / chunkBytes) }, (_, i) => (i + 1) * chunkBytes);
    // Count, outside the reader, the bytes every Buffer search looks at and every Buffer join copies.
    const indexOf = Buffer.prototype.indexOf;
    const concat = Buffer.concat;
    let scanned = 0;
    let copied = 0;
    Buffer.prototype.indexOf = function (this: Buffer, ...args: Parameters<Buffer['indexOf']>) {
      const found = indexOf.apply(this, args);
      const from = typeof args[1] === 'number' ? args[1] : 0;
      scanned += (found === -1 ? this.length : found + 1) - from;
      return found;
    };
    Buffer.concat = (...args: Parameters<typeof Buffer.concat>) => {
      const joined = concat(...args);
      copied += joined.length;
      return joined;
    };
    let result;
    try {
      result = await fromChunks(chunksOf(line, cuts));
    } finally {
      Buffer.prototype.indexOf = indexOf;
      Buffer.concat = concat;
    }
    expect(result.events).toHaveLength(1);
    expect(cuts.length).toBeGreaterThan(500);
    // Re-searching the joined pieces for every chunk would scan and copy about cuts.length / 2 times as much.
    expect(scanned).toBeLessThanOrEqual(line.length);
    expect(copied).toBeLessThanOrEqual(line.length);
  });

  it('refuses a line over the bound as a damaged line, naming the bound, and keeps the events before it', async () => {
    const before = encodeEvents([testEvent('bound', 1), testEvent('bound', 2)]);
    const long = JSON.stringify({ padding: 'y'.repeat(5000) });
    for (const ending of ['\n', '']) {
      const bytes = Buffer.from(`${before}${long}${ending}`);
      const result = await fromChunks(chunksOf(bytes, [100, 3000]), 1000);
      expect(result.events).toHaveLength(2);
      expect(result.problems).toEqual([{ line: 3, message: lineTooLongMessage(1000) }]);
      expect(result.torn).toBeNull();
    }
    expect(lineTooLongMessage(64 * 1024 * 1024)).toContain('longer than 64 MB');
  });

  it('accepts a line of exactly the bound', async () => {
    const line = encodeEvents([testEvent('bound', 1)]);
    const bytes = Buffer.from(line);
    const result = await fromChunks(chunksOf(bytes, [7]), bytes.length - 1);
    expect(result).toMatchObject({ problems: [], torn: null });
    expect(result.events).toHaveLength(1);
  });
});
