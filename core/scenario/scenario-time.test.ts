import { describe, expect, it } from 'vitest';
import { formatScenarioTime, scenarioTimeToMs } from './scenario-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('scenarioTimeToMs', () => {
  it.each([
    ['T+0', 0],
    ['T+30m', 30 * MINUTE],
    ['T+4h', 4 * HOUR],
    ['T+3d4h', 3 * DAY + 4 * HOUR],
    ['T+1d0h5m', DAY + 5 * MINUTE],
  ])('%s is %i ms after T0', (text, ms) => {
    expect(scenarioTimeToMs(text)).toBe(ms);
  });
});

describe('formatScenarioTime', () => {
  it.each([
    [0, 'T+0'],
    [59_999, 'T+0'],
    [30 * MINUTE, 'T+30m'],
    [4 * HOUR, 'T+4h'],
    [3 * DAY + 4 * HOUR, 'T+3d4h'],
    [2 * DAY + 5 * MINUTE, 'T+2d5m'],
    // Whole minutes: seconds are dropped, not rounded.
    [HOUR + 59_999, 'T+1h'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatScenarioTime(ms)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const ms of [0, 5 * MINUTE, 25 * HOUR, 90 * DAY + 7 * MINUTE]) {
      expect(scenarioTimeToMs(formatScenarioTime(ms))).toBe(ms);
    }
  });
});
