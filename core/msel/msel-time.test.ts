import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMselTime } from './msel-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A Monday, starting at 09:00.
const START = { date: '2024-06-24', time: '09:00' };

describe('parseMselTime', () => {
  it.each([
    ['T+15', 15 * MINUTE],
    ['T+0', 0],
    ['T-5', -5 * MINUTE],
    ['T+1:30', 90 * MINUTE],
    ['T+1d4h', DAY + 4 * HOUR],
    ['T+2h30m', 150 * MINUTE],
    ['H+2', 2 * HOUR],
    ['M-5', -5 * MINUTE],
    ['D+2 H+3 M+45', 2 * DAY + 3 * HOUR + 45 * MINUTE],
    ['J-60', -60 * DAY],
    ['J+1 08h30', DAY - 30 * MINUTE],
    ['D+2 14:00', 2 * DAY + 5 * HOUR],
    ['09:05', 5 * MINUTE],
    ['14h00', 5 * HOUR],
    ['Day 2 14:00', DAY + 5 * HOUR],
    ['Day 1 – 14:00', 5 * HOUR],
    ['Monday 9:30 AM', 30 * MINUTE],
    ['Wednesday 9:30 AM', 2 * DAY + 30 * MINUTE],
    ['07:29 PM', 10 * HOUR + 29 * MINUTE],
    ['12:00 AM', -9 * HOUR],
    ['26/06/2024 09h00', 2 * DAY],
    ['2024-06-25 10:00', DAY + HOUR],
  ])('reads %s', (text, offsetMs) => {
    const result = parseMselTime(text, START);
    expect(result).toMatchObject({ ok: true, offsetMs });
    if (result.ok) expect(result.rule.length).toBeGreaterThan(5);
  });

  it.each(['', 'soon', '25:00', '31/02/2024 09:00', 'T+abc', 'H+2 lunch', '13:00 PM'])(
    'refuses %j with a reason',
    (text) => {
      const result = parseMselTime(text, START);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    },
  );

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseMselTime(text, START);
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});
