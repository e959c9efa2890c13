import { describe, expect, it } from 'vitest';
import { FrameBudget, type FrameVerdict } from './frame-budget';

function budget(perSecond = 10, burst = 20, abusiveAfterMs = 5_000) {
  const clock = { ms: 0 };
  return { clock, budget: new FrameBudget({ now: () => clock.ms, perSecond, burst, abusiveAfterMs }) };
}
const kinds = (verdicts: FrameVerdict[]) => verdicts.map((verdict) => verdict.kind);

describe('FrameBudget', () => {
  it('takes a burst at once, then the sustained rate, and drops the rest', () => {
    const { clock, budget: frames } = budget();
    const first = Array.from({ length: 25 }, () => frames.take());
    // 20 in the bucket: frames 21–25 are dropped.
    expect(kinds(first).filter((kind) => kind === 'take')).toHaveLength(20);
    expect(first[20]).toEqual({ kind: 'drop', tell: 1 });
    expect(first.slice(21)).toEqual(Array(4).fill({ kind: 'drop', tell: null }));
    // Half a second later, 10 a second has put 5 back.
    clock.ms = 500;
    const later = Array.from({ length: 7 }, () => frames.take());
    expect(kinds(later)).toEqual(['take', 'take', 'take', 'take', 'take', 'drop', 'drop']);
  });

  it('tells the sender once a second how many it dropped since the last telling', () => {
    const { clock, budget: frames } = budget(10, 1, 60_000);
    frames.take();
    const told: (number | null)[] = [];
    // 100 frames a second for 3 seconds, one every 10 ms.
    for (let ms = 10; ms <= 3_000; ms += 10) {
      clock.ms = ms;
      const verdict = frames.take();
      if (verdict.kind === 'drop') told.push(verdict.tell);
    }
    const tellings = told.filter((tell): tell is number => tell !== null);
    // At 10 ms (the first drop), about 1,010 and 2,010 ms.
    expect(tellings).toHaveLength(3);
    expect(tellings[0]).toBe(1);
    // 300 frames over 3 s, 10 a second taken: 270 dropped, and those told of are among them.
    expect(told).toHaveLength(270);
    expect(tellings.reduce((sum, tell) => sum + tell, 0)).toBeLessThanOrEqual(270);
    expect(tellings[1]).toBeGreaterThan(80);
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
