import { describe, expect, it } from 'vitest';
import { anchored, CLOCK_SPEEDS, initialClock, scenarioTimeAt, type ClockState } from './clock';
import { COMMAND_SCHEMAS } from './command-schemas';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A clock anchored at T+1h on the wall time 10:00 (ms since the epoch of a made-up day). */
const TEN = 10 * HOUR;
const clock = (change: Partial<ClockState>): ClockState => ({
  status: 'running',
  speed: 1,
  anchorScenarioMs: HOUR,
  anchorWallMs: TEN,
  ...change,
});

describe('scenario time as a fold of clock events', () => {
  it('starts ready, at speed 1, anchored at zero', () => {
    expect(initialClock()).toEqual({ status: 'ready', speed: 1, anchorScenarioMs: 0, anchorWallMs: 0 });
  });

  // Worked by hand: scenario time = anchor + (wall − anchor wall) × speed, whole milliseconds, while running.
  it.each([
    ['at the anchor', clock({}), TEN, HOUR],
    ['90 s later at 1×', clock({}), TEN + 90_000, HOUR + 90_000],
    ['1 min later at 60×', clock({ speed: 60 }), TEN + MINUTE, 2 * HOUR],
    ['20 min later at 30×', clock({ speed: 30 }), TEN + 20 * MINUTE, 11 * HOUR],
    ['333 ms later at 5×', clock({ speed: 5 }), TEN + 333, HOUR + 1_665],
    ['a wall time before the anchor', clock({ speed: 60 }), TEN - MINUTE, HOUR],
    ['a day later at maximum speed', clock({ speed: 'max' }), TEN + 24 * HOUR, HOUR],
    ['an hour later while paused', clock({ status: 'paused' }), TEN + HOUR, HOUR],
    ['an hour later before STARTEX', clock({ status: 'ready' }), TEN + HOUR, HOUR],
    ['an hour later after ENDEX', clock({ status: 'ended' }), TEN + HOUR, HOUR],
  ] as const)('reads %s', (_, state, wallMs, expected) => {
    expect(scenarioTimeAt(state, wallMs)).toBe(expected);
  });

  it('drops the fraction of a millisecond a fractional speed would give', () => {
    expect(scenarioTimeAt(clock({ speed: 1.5 }), TEN + 3)).toBe(HOUR + 4);
  });

  it('re-anchors at a point with the change, leaving the rest and the old clock as they were', () => {
    const before = clock({ speed: 5 });
    const paused = anchored(before, 3 * HOUR, TEN + 24 * MINUTE, { status: 'paused' });
    expect(paused).toEqual({
      status: 'paused',
      speed: 5,
      anchorScenarioMs: 3 * HOUR,
      anchorWallMs: TEN + 24 * MINUTE,
    });
    expect(before).toEqual(clock({ speed: 5 }));
    // Resumed ten wall minutes later: time flows from the new anchor, not across the pause.
    const resumed = anchored(paused, 3 * HOUR, TEN + 34 * MINUTE, { status: 'running' });
    expect(scenarioTimeAt(resumed, TEN + 35 * MINUTE)).toBe(3 * HOUR + 5 * MINUTE);
  });

  it('offers exactly the speeds the speed command accepts (docs/event-log.md: 1, 5, 30, 60, max)', () => {
    expect(CLOCK_SPEEDS).toEqual([1, 5, 30, 60, 'max']);
    const speedCommand = COMMAND_SCHEMAS['exercise/speed'];
    for (const speed of CLOCK_SPEEDS) expect(speedCommand.safeParse({ speed }).success).toBe(true);
    for (const speed of [0, 2, 10, 120, 'fast'])
      expect(speedCommand.safeParse({ speed }).success).toBe(false);
  });
});
