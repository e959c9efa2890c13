import { describe, expect, it } from 'vitest';
import { formatDuration, formatInWorld, formatScenarioClock, instantOf } from './time-format';

describe('time formats', () => {
  it('writes scenario time with days from the first day on', () => {
    expect(formatScenarioClock(0)).toBe('T+00:00:00');
    expect(formatScenarioClock(2 * 3_600_000 + 15 * 60_000 + 7_000)).toBe('T+02:15:07');
    expect(formatScenarioClock(3 * 86_400_000 + 61_000)).toBe('T+3d 00:01:01');
  });

  it('places the in-world start in its time zone, across a daylight-saving change', () => {
    expect(new Date(instantOf('2019-11-04T07:30', 'Europe/London')).toISOString()).toBe(
      '2019-11-04T07:30:00.000Z',
    );
    expect(new Date(instantOf('2019-07-04T07:30', 'Europe/Brussels')).toISOString()).toBe(
      '2019-07-04T05:30:00.000Z',
    );
    // 27 October 2019: Brussels went from UTC+2 to UTC+1 at 03:00.
    const start = { date: '2019-10-26T12:00', timeZone: 'Europe/Brussels' };
    expect(formatInWorld(start, 24 * 3_600_000, 'en')).toBe('Sun, 27 Oct 2019, 11:00');
  });
});

describe('durations', () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  it('read as controllers and evaluators say them, to the nearest minute', () => {
    // A hand-written table: span → words.
    const table: [number | null, string][] = [
      [null, '—'],
      [0, '0m'],
      [29_000, '0m'],
      [40_000, '1m'],
      [89_000, '1m'],
      [90_000, '2m'],
      [45 * MINUTE, '45m'],
      [59 * MINUTE + 40_000, '1h'],
      [2.5 * HOUR, '2h 30m'],
      [16 * HOUR, '16h'],
      [3 * 24 * HOUR + 4 * HOUR, '3d 4h'],
      [3 * 24 * HOUR + 4 * HOUR + 20 * MINUTE, '3d 4h'],
      [2 * 24 * HOUR, '2d'],
      [-HOUR, '−1h'],
      [-20_000, '0m'],
    ];
    expect(table.map(([ms]) => formatDuration(ms))).toEqual(table.map(([, words]) => words));
  });
});
