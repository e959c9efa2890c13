import { describe, expect, it } from 'vitest';
import { FrameBudget, type FrameVerdict } from './frame-budget';

function budget(perSecond = 10, burst = 20, abusiveAfterMs = 5_000) {
  const clock = { ms: 0 };
  return { clock, budget: new FrameBudget({ now: () => clock.ms, perSecond, burst, abusiveAfterMs }) };
}
const kinds = (verdicts: FrameVerdict[]) => verdicts.map((verdict) => verdict.kind);

describe('FrameBudget', () => {
  it('takes a burst at once, then the sustained rate, and says how long the next must wait', () => {
    const { clock, budget: frames } = budget();
    const first = Array.from({ length: 25 }, () => frames.take());
    // 20 in the bucket: frame 21 waits a tenth of a second (10 a second), the sender told once.
    expect(kinds(first).filter((kind) => kind === 'take')).toHaveLength(20);
    expect(first[20]).toEqual({ kind: 'wait', ms: 100, tell: true });
    expect(first.slice(21)).toEqual(Array(4).fill({ kind: 'wait', ms: 100, tell: false }));
    // Half a second later, 10 a second has put 5 back.
    clock.ms = 500;
    const later = Array.from({ length: 7 }, () => frames.take());
    expect(kinds(later)).toEqual(['take', 'take', 'take', 'take', 'take', 'wait', 'wait']);
    // 30 ms on, the frame waits the 70 ms left of its tenth.
    clock.ms = 530;
    expect(frames.take()).toEqual({ kind: 'wait', ms: 70, tell: false });
  });

  it('tells the sender at most once a second while it stays over the rate', () => {
    const { clock, budget: frames } = budget(10, 1, 60_000);
    frames.take();
    const told: number[] = [];
    // 100 frames a second for 3 seconds, one every 10 ms.
    for (let ms = 10; ms <= 3_000; ms += 10) {
      clock.ms = ms;
      const verdict = frames.take();
      if (verdict.kind === 'wait' && verdict.tell) told.push(ms);
    }
    // At 10 ms (the first over the rate), then each time a second has passed since the last telling.
    expect(told).toEqual([10, 1_010, 2_010]);
  });

  it('closes a socket that stays over the rate, and forgives one that slowed down', () => {
    const { clock, budget: frames } = budget(10, 10, 5_000);
    const verdicts: FrameVerdict[] = [];
    for (let ms = 0; ms <= 6_000; ms += 10) {
      clock.ms = ms;
      verdicts.push(frames.take());
    }
    const closed = verdicts.findIndex((verdict) => verdict.kind === 'close');
    // Over the rate from the 11th frame (at 100 ms); closed 5 s after, give or take a frame.
    expect(closed * 10).toBeGreaterThanOrEqual(5_100);
    expect(closed * 10).toBeLessThanOrEqual(5_120);

    const { clock: calm, budget: slowed } = budget(10, 10, 5_000);
    for (let ms = 0; ms <= 4_000; ms += 10) {
      calm.ms = ms;
      slowed.take();
    }
    // Two quiet seconds fill the bucket: the next flood starts its 5 s afresh.
    calm.ms = 6_000;
    expect(slowed.take().kind).toBe('take');
    const after: FrameVerdict[] = [];
    for (let ms = 6_010; ms <= 10_000; ms += 10) {
      calm.ms = ms;
      after.push(slowed.take());
    }
    expect(after.some((verdict) => verdict.kind === 'close')).toBe(false);
  });
});
