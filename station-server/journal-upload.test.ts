// An uploaded journal's bytes: decoded with every payload checked, written as they came when every line is
// already canonical, encoded again otherwise, and refused with the line at fault when it is not UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeEvents } from '../core/index';
import { testEvents } from '../test/event-store-contract';
import { decodeUpload, uploadProblemText } from './journal-upload';

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

  it('reads a last line cut inside a character as torn, and still refuses a wrong byte there', () => {
    // "é" is two bytes (0xc3 0xa9): a copy that stopped between them leaves 0xc3 at the very end.
    const cutMidCharacter = Buffer.concat([
      Buffer.from(`${canonical}{"v":1,"text":"caf`),
      Buffer.from([0xc3]),
    ]);
    const torn = decodeUpload(cutMidCharacter);
    expect(torn.problem).toBeNull();
    expect(torn.torn).toMatchObject({ line: 5 });
    expect(Buffer.from(torn.bytes).toString()).toBe(canonical);
    const wrongByte = Buffer.concat([Buffer.from(`${canonical}{"v":1,"text":"caf`), Buffer.from([0xff])]);
    expect(decodeUpload(wrongByte).problem).toEqual({
      line: 5,
      message: 'not UTF-8 text: is it a journal file?',
    });
  });

  it('stops at a damaged line and says which', () => {
    const damaged = canonical.replace('"seq":3', '"seq":9');
    expect(decodeUpload(Buffer.from(damaged)).problem).toEqual(
      decodeJournal(damaged, { trusted: false }).problems[0],
    );
  });
});

describe('uploadProblemText', () => {
  const said = (input: string | Uint8Array) => {
    const length = typeof input === 'string' ? input.length : input.byteLength;
    return uploadProblemText(decodeUpload(input), length);
  };
  const lines = canonical.split('\n');

  it('says nothing of a whole journal, and names each kind of bad file in words, not the parser’s', () => {
    // Live: the same helper refuses every bad file below, and passes the good one.
    expect(said(Buffer.from(canonical))).toBeNull();
    const cases: [string | Uint8Array, string][] = [
      [Buffer.alloc(0), 'the file is empty: an exercise journal holds one event per line'],
      [
        Buffer.from((lines[0] ?? '').slice(0, 40)),
        'line 1 is cut short (the file ends inside its first event): it holds no whole event',
      ],
      [
        Buffer.from(`${lines[0]}\n${(lines[1] ?? '').slice(0, 30)}\n${lines.slice(2).join('\n')}`),
        'line 2 is damaged: it is not a whole JSON event (cut short or edited, near character 31)',
      ],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        'line 1 is not text (bytes that are not UTF-8): is it an exercise journal (.jsonl)?',
      ],
      [Buffer.from('{"hello":[1,2]}\n'), 'not an exercise journal: line 1: missing field "v"'],
    ];
    for (const [input, expected] of cases) expect(said(input)).toBe(expected);
  });

  it('reads a journal saved as UTF-16 (either byte order) and says so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(canonical, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [input, name] of [
      [le, 'UTF-16 LE'],
      [be, 'UTF-16 BE'],
    ] as const) {
      const decoded = decodeUpload(input);
      expect(decoded.problem).toBeNull();
      expect(decoded.utf16).toBe(name);
      // Stored as the UTF-8 journal the host would have written.
      expect(Buffer.from(decoded.bytes).toString('utf8')).toBe(canonical);
    }
  });
});
