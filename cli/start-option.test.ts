import { describe, expect, it } from 'vitest';
import { UsageError } from './exit-codes';
import { isTimeZone, parseStartOption } from './start-option';

describe('parseStartOption', () => {
  // A hand-written table: what each --start / --time-zone pair means, offsets from the zones' published rules.
  it.each([
    [undefined, undefined, { date: '2024-01-01', time: '09:00', timeZone: 'Europe/Brussels' }],
    ['2024-06-24T09:00', undefined, { date: '2024-06-24', time: '09:00', timeZone: 'Europe/Brussels' }],
    ['2024-06-24T09:00:00', 'UTC', { date: '2024-06-24', time: '09:00', timeZone: 'UTC' }],
    ['2024-03-31T03:00', undefined, { date: '2024-03-31', time: '03:00', timeZone: 'Europe/Brussels' }],
    ['2024-10-27T02:30', undefined, { date: '2024-10-27', time: '02:30', timeZone: 'Europe/Brussels' }],
    ['2024-02-29T23:59', 'Europe/Lisbon', { date: '2024-02-29', time: '23:59', timeZone: 'Europe/Lisbon' }],
    ['2024-06-24T07:00Z', 'UTC', { date: '2024-06-24', time: '07:00', timeZone: 'UTC' }],
    ['2024-06-24T09:00+02:00', undefined, { date: '2024-06-24', time: '09:00', timeZone: 'Europe/Brussels' }],
    ['2024-01-15T09:00+01:00', undefined, { date: '2024-01-15', time: '09:00', timeZone: 'Europe/Brussels' }],
    [
      '2024-01-15T09:00:00Z',
      'Europe/London',
      { date: '2024-01-15', time: '09:00', timeZone: 'Europe/London' },
    ],
    [
      '2024-06-24T09:00-04:00',
      'America/New_York',
      { date: '2024-06-24', time: '09:00', timeZone: 'America/New_York' },
    ],
    [
      '2024-06-24T09:00+05:30',
      'Asia/Kolkata',
      { date: '2024-06-24', time: '09:00', timeZone: 'Asia/Kolkata' },
    ],
  ])('reads --start %s --time-zone %s', (start, zone, expected) => {
    expect(parseStartOption(start, zone)).toEqual(expected);
  });

  it.each([
    ['2024-02-30T09:00', undefined, '"2024-02-30T09:00" is not a real date and time'],
    ['2023-02-29T09:00', undefined, 'is not a real date and time'],
    ['2024-13-01T09:00', undefined, 'is not a real date and time'],
    ['2024-06-24T25:00', undefined, 'is not a real date and time'],
    ['2024-06-24T24:00', undefined, 'is not a real date and time'],
    ['2024-06-24T09:60', undefined, 'is not a real date and time'],
    ['2024-06-24T09:00:61', undefined, 'is not a real date and time'],
    ['2024-06-24T09:00:30', undefined, 'a scenario starts on a whole minute'],
    [
      '2024-03-31T02:30',
      undefined,
      '"2024-03-31T02:30" does not exist in Europe/Brussels: the clocks skip that hour',
    ],
    ['2024-03-10T02:00', 'America/New_York', 'does not exist in America/New_York'],
    ['2024-06-24 09:00', undefined, '--start takes YYYY-MM-DDTHH:MM'],
    ['2024-06-24', undefined, '--start takes YYYY-MM-DDTHH:MM'],
    ['2024-06-24T09:00+0200', undefined, '--start takes YYYY-MM-DDTHH:MM'],
    ['2024-06-24T09:00+15:00', 'UTC', '+15:00 is not a UTC offset'],
    [
      '2024-06-24T09:00Z',
      undefined,
      '--start "2024-06-24T09:00Z" is 2024-06-24T11:00 in Europe/Brussels (UTC+02:00 then), not 2024-06-24T09:00; give --start 2024-06-24T11:00, or a --time-zone whose offset is +00:00 then',
    ],
    ['2024-06-24T09:00+01:00', 'Europe/Brussels', 'is 2024-06-24T10:00 in Europe/Brussels'],
    ['2024-06-24T09:00', 'Mars/Olympus', '--time-zone "Mars/Olympus" is not a time zone this system knows'],
    ['2024-06-24T09:00', '+02:00', '--time-zone "+02:00" is not a time zone'],
  ])('refuses --start %s --time-zone %s', (start, zone, message) => {
    expect(() => parseStartOption(start, zone)).toThrow(UsageError);
    expect(() => parseStartOption(start, zone)).toThrow(message);
  });
});

describe('isTimeZone', () => {
  it('knows zone names, and only names', () => {
    expect(isTimeZone('Europe/Brussels')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
