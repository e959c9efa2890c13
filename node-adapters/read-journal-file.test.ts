import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeEvents, type ExerciseEvent } from '../core/index';
import { testEvent } from '../test/event-store-contract';
import { readJournalFile } from './read-journal-file';

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
});
