// The store's lines kept as places in the file's bytes: checked against core's codec over the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, decodeJournal, encodeEvents, EVENT_ENVELOPE_VERSION } from '../core/index';
import { testEvent } from '../test/event-store-contract';
import { lineTooLongMessage } from './journal-line-bound';
import { JournalLineTable } from './journal-line-table';

const ID = 'ex-table';

describe('JournalLineTable.decode', () => {
  // Accented text, a line of the envelope version before this one, and canonical lines of this one.
  const events = Array.from({ length: 6 }, (_, index) => testEvent(ID, index + 1, `Zoë ${index} €`));
  const older = canonicalJson({ ...events[2], v: EVENT_ENVELOPE_VERSION - 1 });
  const lines = events.map((event, index) => (index === 2 ? older : canonicalJson(event)));
  const bytes = Buffer.from(lines.map((line) => `${line}\n`).join(''));

  it('holds, for any cut of a journal, the lines of the events the codec reads, and what else it reports', () => {
    fc.assert(
      fc.property(fc.nat(bytes.length), fc.boolean(), (cut, bom) => {
        const journal = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), bytes.subarray(0, cut)]);
        const expected = decodeJournal(bytes.subarray(0, cut).toString('utf8'), { trusted: false });
        const decoded = JournalLineTable.decode(journal);
        const held = decoded.table.slice(0, decoded.table.length);
        expect(held).toEqual(expected.events.map((event) => canonicalJson(event)));
        expect(decoded.torn).toEqual(expected.torn);
        expect(decoded.problems).toEqual(expected.problems);
        expect(decoded.missingFinalNewline).toBe(expected.missingFinalNewline);
        expect(decoded.exerciseId).toBe(expected.events.length > 0 ? ID : null);
      }),
      { seed: 5, numRuns: 150 },
    );
  });

  it('encodes again only the line brought forward from an earlier version', () => {
    const { table } = JournalLineTable.decode(bytes);
    expect(table.at(2)).toBe(canonicalJson(events[2]));
    expect(table.at(2)).not.toBe(older);
    expect(table.slice(0, 6).filter((line, index) => line === lines[index])).toHaveLength(5);
  });

  it('appends strings after the lines it read', () => {
    const { table } = JournalLineTable.decode(bytes);
    table.push(['{"appended":1}']);
    expect(table.length).toBe(7);
    expect(table.at(6)).toBe('{"appended":1}');
    expect(JournalLineTable.ofStrings(['a', 'b']).slice(0, 2)).toEqual(['a', 'b']);
  });

  it('refuses a line over the bound as a damaged line, with or without its final newline', () => {
    const before = encodeEvents([testEvent(ID, 1)]);
    for (const ending of ['\n', '']) {
      const decoded = JournalLineTable.decode(Buffer.from(`${before}${'z'.repeat(3000)}${ending}`), {
        maxLineBytes: 2000,
      });
      expect(decoded.table.length).toBe(1);
      expect(decoded.problems).toEqual([{ line: 2, message: lineTooLongMessage(2000) }]);
      expect(decoded.torn).toBeNull();
    }
  });
});
