import { describe, expect, it } from 'vitest';
import { hostClockTimeAt } from './host-clock';

const clock = (status: string, speed: number | 'max') => ({
  status,
  speed,
  scenarioMs: 60_000,
  wallMs: 1_000_000,
});

describe('the host clock run on between pushes', () => {
  it('moves with the speed while running, and stands still otherwise', () => {
    // Worked table: anchor T+1m read at wall 1,000,000 ms; asked 30 s of wall time later.
    const later = 1_030_000;
    expect(hostClockTimeAt(clock('running', 1), later)).toBe(90_000);
    expect(hostClockTimeAt(clock('running', 60), later)).toBe(60_000 + 30_000 * 60);
    expect(hostClockTimeAt(clock('running', 0.5), later)).toBe(75_000);
    // At maximum speed time moves only by the host's jumps.
    expect(hostClockTimeAt(clock('running', 'max'), later)).toBe(60_000);
    for (const status of ['ready', 'paused', 'ended'])
      expect(hostClockTimeAt(clock(status, 1), later)).toBe(60_000);
  });

  it('never runs backwards for a wall time before the anchor (a station clock behind the host’s)', () => {
    expect(hostClockTimeAt(clock('running', 1), 990_000)).toBe(60_000);
  });
});
