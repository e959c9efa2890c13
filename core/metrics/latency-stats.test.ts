import { describe, expect, it } from 'vitest';
import { byKey, latencyStats, span } from './latency-stats';

describe('latencyStats', () => {
  it('is empty for no values', () => {
    expect(latencyStats([])).toEqual({ count: 0, meanMs: null, medianMs: null, maxMs: null });
  });

  it.each([
    // values, mean, median, max: worked out by hand.
    [[5], 5, 5, 5],
    [[30, 10, 20], 20, 20, 30],
    [[40, 10, 30, 20], 25, 25, 40],
    // Means and medians are rounded to whole milliseconds: (1 + 2) / 2 = 1.5 → 2, (1 + 1 + 2) / 3 → 1.
    [[2, 1], 2, 2, 2],
    [[1, 1, 2], 1, 1, 2],
    // A median of an even count averages the two middle values, not the whole list.
    [[0, 10, 20, 1000], 258, 15, 1000],
  ])('of %j: mean %i, median %i, max %i', (values, meanMs, medianMs, maxMs) => {
    expect(latencyStats(values)).toEqual({ count: values.length, meanMs, medianMs, maxMs });
  });

  it('leaves its input in the order given', () => {
    const values = [3, 1, 2];
    latencyStats(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('span', () => {
  it('measures from one logged moment to another on both clocks', () => {
    const from = { seq: 4, scenarioMs: 3_600_000, wallMs: 1_000 };
    const to = { seq: 9, scenarioMs: 7_200_000, wallMs: 61_000 };
    expect(span(from, to)).toEqual({ fromSeq: 4, toSeq: 9, scenarioMs: 3_600_000, wallMs: 60_000 });
  });
});

describe('byKey', () => {
  it('lists a map’s values in the order of their keys, whatever the order of insertion', () => {
    const rows = new Map([
      ['ms-c', 'third'],
      ['eeas', 'first'],
      ['ms-a', 'second'],
    ]);
    expect(byKey(rows)).toEqual(['first', 'second', 'third']);
  });
});
