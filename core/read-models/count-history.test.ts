import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountHistory, firstAfter } from './count-history';

/** The oracle: add up every change up to the event, from the start. */
function foldFromStart(changes: { seq: number; key: string; by: number }[], seq: number) {
  const counts = new Map<string, number>();
  for (const change of changes)
    if (change.seq <= seq) counts.set(change.key, (counts.get(change.key) ?? 0) + change.by);
  return new Map([...counts].filter(([, count]) => count !== 0));
}

describe('CountHistory', () => {
  it('reads counts as they stood after an event, across checkpoints', () => {
    const history = new CountHistory();
    // 1,000 changes cross three checkpoints; every third takes one off again.
    const changes = Array.from({ length: 1000 }, (_, index) => ({
      seq: index * 2 + 1,
      key: `k${index % 7}`,
      by: index % 3 === 2 ? -1 : 1,
    }));
    for (const change of changes) history.add(change.seq, change.key, change.by);
    expect(history.asOf(0)).toEqual(new Map());
    expect(history.asOf(1)).toEqual(new Map([['k0', 1]]));
    // Worked by hand: changes 0..599 (seq ≤ 1199), key k0 at indexes 0, 7, … 595 (86 of them).
    const k0 = Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 7 === 0);
    const expectedK0 = k0.reduce((sum, i) => sum + (i % 3 === 2 ? -1 : 1), 0);
    expect(history.asOf(1199).get('k0')).toBe(expectedK0);
    expect(history.asOf(10_000)).toEqual(foldFromStart(changes, 10_000));
    expect(history.get('k1')).toBe(foldFromStart(changes, 10_000).get('k1'));
  });

  it('agrees with a fold from the start at every point (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.nat(3),
            key: fc.constantFrom('a', 'b', 'c'),
            by: fc.integer({ min: -2, max: 3 }),
          }),
          {
            maxLength: 700,
          },
        ),
        fc.nat(2200),
        (steps, at) => {
          const history = new CountHistory();
          let seq = 0;
          const changes = steps.map((step) => ({ seq: (seq += step.gap), key: step.key, by: step.by }));
          for (const change of changes) history.add(change.seq, change.key, change.by);
          expect(history.asOf(at)).toEqual(foldFromStart(changes, at));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds the first entry after an event by halving', () => {
    const entries = [1, 3, 3, 5].map((seq) => ({ seq }));
    expect([0, 1, 2, 3, 4, 5, 6].map((seq) => firstAfter(entries, seq))).toEqual([0, 1, 1, 3, 3, 4, 4]);
  });
});
