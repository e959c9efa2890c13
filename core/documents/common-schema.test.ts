import { describe, expect, it } from 'vitest';
import { Duration, durationToMs, EventName, IsoDate, isInForce, KebabId, Marking } from './common-schema';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('durationToMs', () => {
  it.each([
    ['90d', 90 * DAY],
    ['24h', 24 * HOUR],
    ['30m', 30 * MINUTE],
    ['1d12h', DAY + 12 * HOUR],
    ['2h30m', 2 * HOUR + 30 * MINUTE],
    ['1d1h1m', DAY + HOUR + MINUTE],
    ['0m', 0],
  ])('%s is %i ms', (text, ms) => {
    expect(durationToMs(text)).toBe(ms);
  });

  it('is NaN for text that is no duration', () => {
    expect(durationToMs('12h1d')).toBeNaN();
    expect(durationToMs('an hour')).toBeNaN();
  });
});

describe('the Duration pattern', () => {
  it.each(['90d', '1d12h', '2h30m', '45m'])('accepts %s', (text) => {
    expect(Duration.safeParse(text).success).toBe(true);
  });

  it.each(['', 'd', '12h1d', '1.5h', '3 days', 'T+1h'])('refuses "%s"', (text) => {
    expect(Duration.safeParse(text).success).toBe(false);
  });

  // 1000 years = 365,250 days = 8,766,000 h = 525,960,000 m (worked out by hand).
  it.each(['365250d', '365249d24h', '8766000h', '525960000m'])('accepts %s, exactly 1000 years', (text) => {
    expect(Duration.safeParse(text).success).toBe(true);
  });

  it.each(['365251d', '365250d1m', '525960001m', '99999999999999999999d', '9'.repeat(400) + 'd'])(
    'refuses %s, beyond 1000 years, saying so once',
    (text) => {
      const result = Duration.safeParse(text);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        'is too long: at most 365250d (1000 years), which milliseconds can count exactly',
      ]);
    },
  );

  it('keeps 1000 years, even summed a few hundred times, a safe integer of milliseconds', () => {
    expect(durationToMs('365250d')).toBe(31_557_600_000_000);
    expect(Number.isSafeInteger(durationToMs('365250d') * 285)).toBe(true);
  });
});

describe('isInForce', () => {
  const window = { from: '2019-03-18', until: '2020-12-31' };

  it.each([
    ['the day before it starts', '2019-03-17', false],
    ['its first day', '2019-03-18', true],
    ['a day inside', '2020-01-01', true],
    ['its last day', '2020-12-31', true],
    ['the day after it ends', '2021-01-01', false],
  ])('with both dates: %s', (_, date, expected) => {
    expect(isInForce(window, date)).toBe(expected);
  });

  it('with one date or none, is bounded on that side only', () => {
    expect(isInForce(undefined, '1900-01-01')).toBe(true);
    expect(isInForce({}, '1900-01-01')).toBe(true);
    expect(isInForce({ from: '2024-10-18' }, '2030-01-01')).toBe(true);
    expect(isInForce({ from: '2024-10-18' }, '2024-10-17')).toBe(false);
    expect(isInForce({ until: '2016-12-31' }, '2017-01-01')).toBe(false);
  });
});

describe('the id patterns', () => {
  it.each([
    [KebabId, 'eeas-crm', true],
    [KebabId, 'ms-a2', true],
    [KebabId, 'EEAS-crm', false],
    [KebabId, 'eeas--crm', false],
    [KebabId, '2nd-cell', false],
    [EventName, 'DSG_ACTIVATE', true],
    [EventName, 'ACTIVATE', true],
    [EventName, 'dsg_activate', false],
    [EventName, 'DSG__ACTIVATE', false],
    [Marking, 'EU-ONLY', true],
    [Marking, 'REL-EU-NATO', true],
    [Marking, 'eu-only', false],
    [IsoDate, '2024-02-29', true],
    [IsoDate, '2024-13-01', false],
    [IsoDate, '2024-1-01', false],
  ])('%#: "%s"', (schema, text, valid) => {
    expect(schema.safeParse(text).success).toBe(valid);
  });
});
