import { describe, expect, it } from 'vitest';
import { durationAxis, linearScale } from './scale';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('durationAxis', () => {
  it('steps by a round duration, at most four steps, and ends at or past the longest value', () => {
    expect(durationAxis(24 * HOUR)).toEqual({ ticks: [0, 6, 12, 18, 24].map((h) => h * HOUR), max: DAY });
    expect(durationAxis(90 * MINUTE)).toEqual({
      ticks: [0, 30, 60, 90].map((m) => m * MINUTE),
      max: 90 * MINUTE,
    });
    // 2d 1h needs a third step of a day.
    expect(durationAxis(2 * DAY + HOUR)).toEqual({ ticks: [0, DAY, 2 * DAY, 3 * DAY], max: 3 * DAY });
  });

  it('gives a domain of nothing one minute, so nothing is divided by zero', () => {
    expect(durationAxis(0)).toEqual({ ticks: [0, MINUTE], max: MINUTE });
  });

  it('steps past its longest round duration in multiples of it', () => {
    // 400 days: 90-day steps would be five, so steps of 180 days.
    expect(durationAxis(400 * DAY)).toEqual({
      ticks: [0, 180, 360, 540].map((d) => d * DAY),
      max: 540 * DAY,
    });
  });

  it('honours a smaller number of steps', () => {
    expect(durationAxis(3 * HOUR, 2).ticks).toEqual([0, 2 * HOUR, 4 * HOUR]);
  });
});

describe('linearScale', () => {
  it('maps 0 to the start and the domain’s end to the end', () => {
    const x = linearScale(10, 100, 200);
    expect([x(0), x(5), x(10)]).toEqual([100, 150, 200]);
  });

  it('rounds to a hundredth of a unit', () => {
    expect(linearScale(3, 0, 1)(1)).toBe(0.33);
  });

  it('puts everything at the start of an empty domain', () => {
    expect(linearScale(0, 8, 632)(3)).toBe(8);
  });
});
