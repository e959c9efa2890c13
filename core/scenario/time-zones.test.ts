// Offsets checked against the published rules of each zone (EU summer time: last Sunday of March 01:00 UTC to
// last Sunday of October 01:00 UTC; New York: UTC−5, UTC−4 in summer; Kolkata UTC+5:30 all year).
import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, zoneOffsetMinutes } from './time-zones';

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Europe/Brussels', Date.UTC(2024, 0, 15, 8), 60],
    ['Europe/Brussels', Date.UTC(2024, 5, 24, 7), 120],
    ['Europe/Brussels', Date.UTC(2024, 2, 31, 0, 59), 60],
    ['Europe/Brussels', Date.UTC(2024, 2, 31, 1, 0), 120],
    ['Europe/Brussels', Date.UTC(2024, 9, 27, 0, 59), 120],
    ['Europe/Brussels', Date.UTC(2024, 9, 27, 1, 0), 60],
    ['America/New_York', Date.UTC(2024, 0, 15, 14), -300],
    ['America/New_York', Date.UTC(2024, 6, 1, 14), -240],
    ['Asia/Kolkata', Date.UTC(2024, 6, 1, 14, 30, 15, 500), 330],
    ['UTC', Date.UTC(2024, 6, 1), 0],
  ])('%s at %d: %d minutes', (zone, instant, minutes) => {
    expect(zoneOffsetMinutes(zone, instant)).toBe(minutes);
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA names and UTC, not made-up ones', () => {
    expect(['Europe/Brussels', 'UTC', 'America/New_York'].map(isKnownTimeZone)).toEqual([true, true, true]);
    expect(['Mars/Base', 'Europe/Atlantis', ''].map(isKnownTimeZone)).toEqual([false, false, false]);
  });
});
