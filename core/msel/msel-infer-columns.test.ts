import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferColumns } from './msel-infer-columns';

const start = { date: '2024-06-26', time: '09:00' };
const roles = new Set(['excon', 'ms-affected', 'eu-sitroom']);
const isKnownRole = (name: string) => roles.has(name.toLowerCase());
const fieldsOf = (rows: string[][]) => inferColumns(rows, start, isKnownRole).map((guess) => guess.field);

describe('guessing the columns of a sheet without a header row', () => {
  it('reads the layout of an OpenBAS import sheet', () => {
    const rows = [
      [
        'Send an SMS',
        'J-60',
        'team1',
        '',
        'Power is down in the north',
        'context',
        'Expect a sitrep',
        'done',
        '100',
      ],
      [
        'Send a mail',
        'J-30',
        'team2',
        'Outage',
        'The grid operator reports a wiper',
        '',
        'Expect a notification',
        'done',
        '50',
      ],
      [
        'Send a mail',
        'J-29',
        'team2',
        'Press',
        'A journalist asks for comment',
        '',
        'Expect a holding line',
        'done',
        '100',
      ],
    ];
    expect(fieldsOf(rows)).toEqual([
      'channel',
      'time',
      'to',
      'title',
      'text',
      'notes',
      'expected',
      'ignored',
      'ignored',
    ]);
  });

  it('reads a generic MSEL: number, time, sender, recipient, subject, message, expected action', () => {
    const rows = [1, 2, 3, 4].map((n) => [
      String(n),
      `T+${n * 15}`,
      'EXCON',
      n % 2 ? 'ms-affected' : 'eu-sitroom',
      `Subject ${n}`,
      `A long message body number ${n} describing what happens in the scenario at this point in time.`,
      `Players should report within the hour (${n})`,
    ]);
    expect(fieldsOf(rows)).toEqual(['number', 'time', 'from', 'to', 'title', 'text', 'expected']);
  });

  it('takes a far longer later column as the message and says why for every column', () => {
    const rows = [
      [
        '09:00',
        'Brief',
        'ok',
        'The ministry of the interior reports unusual traffic at the border crossing near the river.',
      ],
      [
        '09:30',
        'Update',
        'ok',
        'A second report arrives: a convoy of buses is approaching with several hundred people.',
      ],
    ];
    const guesses = inferColumns(rows, start, isKnownRole);
    expect(guesses.map((guess) => guess.field)).toEqual(['time', 'title', 'ignored', 'text']);
    for (const guess of guesses) expect(guess.reason).not.toBe('');
  });

  it('returns one guess per column and never gives a field to two columns', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), { maxLength: 12 }),
        (rows) => {
          const guesses = inferColumns(rows, start, isKnownRole);
          expect(guesses).toHaveLength(Math.max(0, ...rows.map((row) => row.length)));
          const fields = guesses.map((guess) => guess.field).filter((field) => field !== 'ignored');
          expect(new Set(fields).size).toBe(fields.length);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('keeps the columns a header names, and never gives their fields to another column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 30 }), { minLength: 4, maxLength: 6 }), { maxLength: 10 }),
        (rows) => {
          const fixed = new Map([
            [0, 'time'],
            [2, 'text'],
          ] as const);
          const guesses = inferColumns(rows, start, isKnownRole, [], fixed);
          if (rows.length === 0) return;
          const fields = guesses.map((guess) => guess.field).filter((field) => field !== 'ignored');
          expect(new Set(fields).size).toBe(fields.length);
          for (const [index, field] of fixed) {
            if (rows.some((row) => (row[index] ?? '').trim() !== ''))
              expect(guesses[index]?.field).toBe(field);
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
