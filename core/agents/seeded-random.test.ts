import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random';

/**
 * Mulberry32 worked a second way: in BigInt arithmetic modulo 2^32, as its definition reads, rather than with
 * Math.imul and 32-bit shifts.
 */
function* mulberry32(seed: number): Generator<number> {
  const M = 2n ** 32n;
  let state = BigInt(seed >>> 0);
  for (;;) {
    state = (state + 0x6d2b79f5n) % M;
    let t = state;
    t = ((t ^ (t >> 15n)) * (t | 1n)) % M;
    t = (t ^ ((t + (((t ^ (t >> 7n)) * (t | 61n)) % M)) % M)) % M;
    yield Number(t ^ (t >> 14n)) / 2 ** 32;
  }
}

const draws = (random: SeededRandom, count: number) => Array.from({ length: count }, () => random.next());

describe('the seeded generator', () => {
  it.each([0, 1, 42, 2 ** 31, 2 ** 32 - 1])('draws mulberry32’s sequence for seed %i', (seed) => {
    const expected = mulberry32(seed);
    const random = new SeededRandom(seed);
    for (let index = 0; index < 500; index++)
      expect(random.next(), `draw ${index}`).toBe(expected.next().value);
  });

  it('gives the same run for the same seed, another for another, and reads a seed as 32 bits', () => {
    expect(draws(new SeededRandom(7), 20)).toEqual(draws(new SeededRandom(7), 20));
    expect(draws(new SeededRandom(8), 20)).not.toEqual(draws(new SeededRandom(7), 20));
    expect(draws(new SeededRandom(-1), 5)).toEqual(draws(new SeededRandom(2 ** 32 - 1), 5));
  });

  it('stays in its ranges, and covers them evenly', () => {
    const random = new SeededRandom(3);
    const values = draws(random, 10_000);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    // Ten equal bins of 10 000 draws: each near 1 000 (the seed is fixed, so this is no matter of luck).
    const bins = Array.from(
      { length: 10 },
      (_, bin) => values.filter((value) => Math.floor(value * 10) === bin).length,
    );
    for (const count of bins) expect(Math.abs(count - 1_000)).toBeLessThan(100);
    for (let index = 0; index < 1000; index++) {
      const value = random.between(30, 240);
      expect(value).toBeGreaterThanOrEqual(30);
      expect(value).toBeLessThan(240);
    }
  });

  it('picks every item of a list about as often, and nothing from an empty one', () => {
    const random = new SeededRandom(11);
    const counts = new Map<string, number>();
    for (let index = 0; index < 9_000; index++) {
      const item = random.pick(['a', 'b', 'c']) as string;
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const count of counts.values()) expect(Math.abs(count - 3_000)).toBeLessThan(200);
    expect(random.pick([])).toBeUndefined();
  });

  it('takes a chance at its probability: never at 0, always at 1, about a quarter of the time at 0.25', () => {
    const random = new SeededRandom(5);
    const taken = (probability: number) =>
      Array.from({ length: 4_000 }, () => random.chance(probability)).filter(Boolean).length;
    expect(taken(0)).toBe(0);
    expect(taken(1)).toBe(4_000);
    expect(Math.abs(taken(0.25) - 1_000)).toBeLessThan(100);
  });
});
