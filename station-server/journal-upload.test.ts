// An uploaded journal's bytes: decoded with every payload checked, written as they came when every line is
// already canonical, encoded again otherwise, and refused with the line at fault when it is not UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeEvents } from '../core/index';
import { testEvents } from '../test/event-store-contract';
import { decodeUpload } from './journal-upload';

const ID = 'ex-upload';
const canonical = encodeEvents(testEvents(ID, 1, 4));

describe('decodeUpload', () => {
  it('keeps the bytes of a canonical journal as they came', () => {
    const input = Buffer.from(canonical);
    const decoded = decodeUpload(input);
    expect(decoded.problem).toBeNull();
    expect(decoded.events).toEqual(decodeJournal(canonical, { trusted: false }).events);
    expect(Buffer.from(decoded.bytes).equals(input)).toBe(true);
    // A torn last line is left out of what is written.
    const torn = decodeUpload(Buffer.from(`${canonical}{"v":1,"se`));
    expect(torn.torn).toMatchObject({ line: 5 });
    expect(Buffer.from(torn.bytes).toString()).toBe(canonical);
  });

  it('writes the canonical encoding of a journal in another spelling, or with a byte order mark', () => {
    const events = testEvents(ID, 1, 3);
    const spelled = events.map((event) => JSON.stringify(event, null, 1).replaceAll('\n', '')).join('\r\n');
    for (const input of [Buffer.from(spelled), Buffer.from(`\uFEFF${encodeEvents(events)}`), spelled]) {
      const decoded = decodeUpload(input);
      expect(decoded.problem).toBeNull();
      expect(Buffer.from(decoded.bytes).toString()).toBe(encodeEvents(events));
    }
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const lines = canonical.split('\n');
    const input = Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join('\n')}\n`),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
      Buffer.from(lines.slice(2).join('\n')),
    ]);
    expect(decodeUpload(input)).toMatchObject({
      events: [],
      problem: { line: 3, message: 'not UTF-8 text: is it a journal file?' },
    });
  });

  it('stops at a damaged line and says which', () => {
    const damaged = canonical.replace('"seq":3', '"seq":9');
    expect(decodeUpload(Buffer.from(damaged)).problem).toEqual(
      decodeJournal(damaged, { trusted: false }).problems[0],
    );
  });
});
