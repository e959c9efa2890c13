import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../events/index';
import { EVENT_ENVELOPE_VERSION, type ExerciseEvent } from '../ports/index';
import { testEvent, testEvents } from '../../test/event-store-contract';
import { decodeJournal, encodeEvents } from './journal-codec';

const ID = 'ex-codec';
const TRUSTED = { trusted: true };
const UNTRUSTED = { trusted: false };
const lineOf = (event: object) => `${JSON.stringify(event)}\n`;

describe('encodeEvents', () => {
  it('writes one canonical JSON line per event, each ending in a newline', () => {
    const text = encodeEvents(testEvents(ID, 1, 2));
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toMatch(
      /^\{"actor":null,"audience":\["control"\],"commandId":"cmd-1","exerciseId":"ex-codec",/,
    );
    expect(encodeEvents([])).toBe('');
  });
});

describe('decodeJournal', () => {
  it('reads an empty journal', () => {
    expect(decodeJournal('', TRUSTED)).toEqual({
      events: [],
      torn: null,
      problems: [],
      missingFinalNewline: false,
    });
  });

  it('reports a torn last line with its line number and keeps the events before it', () => {
    const events = testEvents(ID, 1, 3);
    const text = encodeEvents(events) + encodeEvents([testEvent(ID, 4)]).slice(0, 30);
    const decoded = decodeJournal(text, TRUSTED);
    expect(decoded.events).toEqual(events);
    expect(decoded.torn).toEqual({ line: 4, text: text.split('\n')[3] });
    expect(decoded.problems).toEqual([]);
  });

  it('accepts a complete last event without its newline, and says so', () => {
    const events = testEvents(ID, 1, 2);
    const decoded = decodeJournal(encodeEvents(events).slice(0, -1), TRUSTED);
    expect(decoded).toEqual({ events, torn: null, problems: [], missingFinalNewline: true });
  });

  const damaged: [string, string, RegExp][] = [
    ['a line that is not JSON', '{"v":1,oops}\n', /^not JSON/],
    ['an empty line', '\n', /^empty line$/],
    ['a JSON value that is not an object', '[1,2]\n', /not a JSON object/],
    [
      'a missing envelope field',
      lineOf({ ...testEvent(ID, 3), audience: undefined }),
      /missing field "audience"/,
    ],
    [
      'a wrongly typed field',
      lineOf({ ...testEvent(ID, 3), payload: 'text' }),
      /"payload" must be an object/,
    ],
    ['a seq gap', lineOf(testEvent(ID, 4)), /seq 4 does not continue the log \(expected 3\)/],
    ['a repeated seq', lineOf(testEvent(ID, 2)), /seq 2 does not continue/],
    [
      'another exercise',
      lineOf(testEvent('other', 3)),
      /exercise "other" in the journal of exercise "ex-codec"/,
    ],
  ];

  it.each(damaged)('stops at %s in the middle and reports its line', (_, badLine, message) => {
    const before = testEvents(ID, 1, 2);
    const text = encodeEvents(before) + badLine + encodeEvents([testEvent(ID, 3)]);
    const decoded = decodeJournal(text, TRUSTED);
    expect(decoded.events).toEqual(before);
    expect(decoded.problems).toEqual([{ line: 3, message: expect.stringMatching(message) }]);
    expect(decoded.torn).toBeNull();
  });

  it('requires the log to start at seq 1', () => {
    expect(decodeJournal(encodeEvents([testEvent(ID, 2)]), TRUSTED).problems).toEqual([
      { line: 1, message: 'seq 2 does not continue the log (expected 1)' },
    ]);
  });

  it('treats a complete but invalid last line without newline as a problem, not a torn write', () => {
    const decoded = decodeJournal(encodeEvents([testEvent(ID, 1)]) + '{"seq":2}', TRUSTED);
    expect(decoded.torn).toBeNull();
    expect(decoded.problems).toEqual([{ line: 2, message: 'missing field "v"' }]);
    expect(decoded.missingFinalNewline).toBe(false);
  });

  it('reports an unparsable last line that has its newline as a problem', () => {
    const decoded = decodeJournal(encodeEvents([testEvent(ID, 1)]) + '{"v":1,"se\n', TRUSTED);
    expect(decoded.torn).toBeNull();
    expect(decoded.problems).toEqual([{ line: 2, message: expect.stringMatching(/^not JSON/) }]);
  });
});

describe('decodeJournal: trust and versions', () => {
  const journal = (...lines: object[]) => lines.map(lineOf).join('');
  const badPayload = { ...testEvent(ID, 2), payload: { ...testEvent(ID, 2).payload, to: 'ms-b' } };

  it('checks an untrusted line against its payload schema, naming the type, the field and the line', () => {
    // The same line passes unchecked from the engine's own journal: proof the check is what refuses it.
    expect(decodeJournal(journal(testEvent(ID, 1), badPayload), TRUSTED).events).toHaveLength(2);
    const decoded = decodeJournal(journal(testEvent(ID, 1), badPayload), UNTRUSTED);
    expect(decoded.events).toEqual([testEvent(ID, 1)]);
    expect(decoded.problems).toEqual([
      { line: 2, message: expect.stringMatching(/^message\.sent: field "payload\.to": .*array/) },
    ]);
  });

  it('reads well-formed untrusted lines as they are', () => {
    const events = testEvents(ID, 1, 3);
    expect(decodeJournal(encodeEvents(events), UNTRUSTED)).toEqual({
      events,
      torn: null,
      problems: [],
      missingFinalNewline: false,
    });
  });

  it('refuses an unknown event type and a line written by a newer version, trusted or not', () => {
    for (const trust of [TRUSTED, UNTRUSTED]) {
      expect(decodeJournal(journal({ ...testEvent(ID, 1), type: 'test.event' }), trust).problems).toEqual([
        { line: 1, message: 'unknown event type "test.event"' },
      ]);
      const newer = EVENT_ENVELOPE_VERSION + 1;
      expect(decodeJournal(journal({ ...testEvent(ID, 1), v: newer }), trust).problems).toEqual([
        {
          line: 1,
          message: expect.stringContaining(
            `newer version of the app (event envelope v${newer}; this version reads up to v${EVENT_ENVELOPE_VERSION})`,
          ),
        },
      ]);
    }
  });
});

/** Contiguous event lists from seq 1 with arbitrary JSON payloads, text and numbers. */
const eventLists = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
    fc.array(
      fc.record({
        type: fc.constantFrom(...EVENT_TYPES),
        scenarioMs: fc.integer({ min: 0, max: 10 ** 9 }),
        wallMs: fc.integer({ min: 0, max: 2 ** 42 }),
        commandId: fc.option(fc.string({ maxLength: 12, unit: 'binary' })),
        marking: fc.option(fc.constantFrom('NATO UNCLASSIFIED', 'EU RESTRICTED', 'line\nbreak "quoted"')),
        payload: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
      }),
      { maxLength: 12 },
    ),
  )
  .map(([exerciseId, parts]) =>
    parts.map(
      (part, index) =>
        // Trusted lines are not checked against their payload schemas: any JSON payload round-trips.
        ({
          ...part,
          v: EVENT_ENVELOPE_VERSION,
          seq: index + 1,
          exerciseId,
          actor: index % 2 === 0 ? null : { role: 'excon', station: null, actingAs: 'presidency' },
          audience: ['control', 'role:presidency'],
          // JSON has no -0: an engine event holds only values that survive JSON, so normalise the payload.
          payload: JSON.parse(JSON.stringify(part.payload)) as Record<string, unknown>,
        }) as ExerciseEvent,
    ),
  );

describe('journal codec properties', () => {
  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(eventLists, (events) => {
        expect(decodeJournal(encodeEvents(events), TRUSTED)).toEqual({
          events,
          torn: null,
          problems: [],
          missingFinalNewline: false,
        });
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('at any cut point returns a prefix of the events and reports a torn line exactly when cut mid-line', () => {
    fc.assert(
      fc.property(
        eventLists.chain((events) => {
          const text = encodeEvents(events);
          return fc.tuple(fc.constant(events), fc.constant(text), fc.integer({ min: 0, max: text.length }));
        }),
        ([events, text, cut]) => {
          const head = text.slice(0, cut);
          const decoded = decodeJournal(head, TRUSTED);
          const completeLines = head.split('\n').length - 1;
          const atLineEnd = cut === text.length || text[cut] === '\n';
          const midLine = cut > 0 && head[cut - 1] !== '\n' && !atLineEnd;
          const kept = completeLines + (cut > 0 && head[cut - 1] !== '\n' && atLineEnd ? 1 : 0);
          expect(decoded.problems).toEqual([]);
          expect(decoded.events).toEqual(events.slice(0, kept));
          expect(decoded.torn !== null).toBe(midLine);
          if (decoded.torn) expect(decoded.torn.line).toBe(completeLines + 1);
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });
});
