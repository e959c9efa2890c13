// The journal's lines kept as read: a canonical line is kept as it is, any other is encoded again, and the
// decoding itself is core's (same events, torn line and problems as decodeJournal).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, decodeJournal, encodeEvents } from '../core/index';
import { testEvents } from '../test/event-store-contract';
import { lineTooLongMessage } from './journal-line-bound';
import { decodeJournalBytes, decodeJournalLines, isCanonicalLine } from './journal-lines';

const ID = 'ex-lines';

describe('decodeJournalLines', () => {
  it('keeps the lines of a canonical journal as they are, and decodes as decodeJournal does', () => {
    const text = encodeEvents(testEvents(ID, 1, 4));
    const decoded = decodeJournalLines(text, { trusted: false });
    expect(decoded.lines).toEqual(text.split('\n').slice(0, -1));
    expect(decoded.asGiven).toBe(true);
    const { events, torn, problems, missingFinalNewline } = decodeJournal(text, { trusted: false });
    expect(decoded).toMatchObject({ events, torn, problems, missingFinalNewline });
  });

  it('encodes again a line in another key order or with spaces', () => {
    const events = testEvents(ID, 1, 3);
    const canonical = encodeEvents(events).split('\n');
    // testEvent builds its objects in an order that is not sorted: JSON.stringify keeps that order.
    canonical[1] = JSON.stringify(events[1]);
    canonical[2] = JSON.stringify(events[2], null, 1).replaceAll('\n', '');
    const decoded = decodeJournalLines(canonical.join('\n') + '\n', { trusted: false });
    expect(decoded.asGiven).toBe(false);
    expect(decoded.lines.map((line) => `${line}\n`).join('')).toBe(encodeEvents(events));
    // Trusted, the engine's own lines are taken as written: checking them cost as much as parsing them.
    const trusted = decodeJournalLines(canonical.join('\n') + '\n', { trusted: true });
    expect(trusted.lines).toEqual(canonical.slice(0, 3));
    expect(trusted.events).toEqual(decoded.events);
  });

  it('reports a torn last line, a lost final newline and a damaged line as decodeJournal does', () => {
    const text = encodeEvents(testEvents(ID, 1, 3));
    for (const variant of [`${text}{"v":1,"seq":4`, text.slice(0, -1), text.replace('"seq":2', '"seq":7')]) {
      const decoded = decodeJournalLines(variant, { trusted: false });
      const { events, torn, problems, missingFinalNewline } = decodeJournal(variant, { trusted: false });
      expect(decoded).toMatchObject({ events, torn, problems, missingFinalNewline });
      expect(decoded.lines).toEqual(events.map((event) => canonicalJson(event)));
      // Only the torn journal is still its own bytes up to its last "\n".
      expect(decoded.asGiven).toBe(torn !== null);
    }
  });
});

describe('decodeJournalBytes', () => {
  it('decodes the bytes as decodeJournalLines decodes their text, accented lines and a byte order mark too', () => {
    const events = testEvents(ID, 1, 4);
    (events[2] as { payload: { body: string } }).payload.body = 'Déclaration — Ελλάδα 🙂';
    const text = encodeEvents(events);
    for (const variant of [
      text,
      `${text}{"v":1,"seq":5`,
      text.slice(0, -1),
      text.replace('"seq":2', '"seq":7'),
    ]) {
      const fromBytes = decodeJournalBytes(Buffer.from(variant), { trusted: false });
      expect(fromBytes).toEqual(decodeJournalLines(variant, { trusted: false }));
      expect(fromBytes.events).toEqual(decodeJournal(variant, { trusted: false }).events);
    }
    const marked = decodeJournalBytes(Buffer.from(`\uFEFF${text}`), { trusted: false });
    expect(marked.events).toEqual(events);
    expect(marked.asGiven).toBe(false);
  });
});

describe('the bound on a line', () => {
  it('refuses a longer line, counted in bytes, as a damaged line, from text and from bytes alike', () => {
    const before = encodeEvents(testEvents(ID, 1, 2));
    // 700 characters of 3 bytes each: under a 2,000 bound in characters, over it in bytes.
    for (const long of ['x'.repeat(2001), '€'.repeat(700)]) {
      for (const ending of ['\n', '']) {
        const text = `${before}${long}${ending}`;
        const problem = [{ line: 3, message: lineTooLongMessage(2000) }];
        const fromText = decodeJournalLines(text, { trusted: false, maxLineBytes: 2000 });
        const fromBytes = decodeJournalBytes(Buffer.from(text), { trusted: false, maxLineBytes: 2000 });
        for (const decoded of [fromText, fromBytes]) {
          expect(decoded.problems).toEqual(problem);
          expect(decoded.events).toHaveLength(2);
          expect(decoded.torn).toBeNull();
        }
      }
    }
    expect(
      decodeJournalLines(`${before}${'€'.repeat(600)}`, { trusted: false, maxLineBytes: 2000 }).torn,
    ).toEqual({ line: 3, text: '€'.repeat(600) });
  });
});

describe('isCanonicalLine', () => {
  // Keys such as "0" are enumerated first whatever their place in the text: such a line is encoded again,
  // which is never wrong, only slower (the engine's events have no such keys).
  const integerKey = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.some(integerKey)
      : value !== null &&
        typeof value === 'object' &&
        (Object.keys(value).some((key) => /^(0|[1-9][0-9]*)$/.test(key)) ||
          Object.values(value).some(integerKey));

  it('holds only when the line is the canonical encoding of what it parses to, and then always', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, sorted) => {
        const line = sorted ? canonicalJson(value) : JSON.stringify(value);
        const parsed = JSON.parse(line) as Parameters<typeof isCanonicalLine>[1];
        const canonical = line === canonicalJson(parsed);
        if (isCanonicalLine(line, parsed)) expect(canonical).toBe(true);
        else if (!integerKey(parsed)) expect(canonical).toBe(false);
      }),
      { seed: 16, numRuns: 500 },
    );
    expect(isCanonicalLine('{"a":1,"b":[{"c":2,"d":3}]}', JSON.parse('{"a":1,"b":[{"c":2,"d":3}]}'))).toBe(
      true,
    );
    expect(isCanonicalLine('{"a":1,"b":[{"d":3,"c":2}]}', JSON.parse('{"a":1,"b":[{"d":3,"c":2}]}'))).toBe(
      false,
    );
    expect(isCanonicalLine('{"a": 1}', JSON.parse('{"a": 1}'))).toBe(false);
  });
});
