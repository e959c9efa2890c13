import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from './join-code';

/** A seeded byte source (xorshift), so the test sees the same codes every run. */
function seededBytes(seed: number) {
  let state = seed;
  return (size: number) =>
    Uint8Array.from({ length: size }, () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) & 0xff;
    });
}

describe('join codes', () => {
  it('are 9 symbols of the alphabet, every symbol used about as often', () => {
    const random = seededBytes(7);
    const counts = new Map<string, number>();
    for (let index = 0; index < 2_000; index += 1) {
      const code = newJoinCode(random);
      expect(code).toMatch(/^[ACDEFHJKMNPRTVWXY3479]{9}$/);
      for (const symbol of code) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
    // 18,000 symbols over 21: 857 each on average; an unbiased draw stays well within ±15 %.
    for (const count of counts.values()) expect(Math.abs(count - 18_000 / 21)).toBeLessThan(130);
  });

  it('never draw from the bytes a modulo would favour', () => {
    // 252 = 12 × 21: bytes 252–255 would make A, C, D and E more likely; they are drawn again.
    const bytes = [252, 253, 254, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8];
    let next = 0;
    const code = newJoinCode((size) =>
      Uint8Array.from({ length: size }, () => bytes[next++ % bytes.length] ?? 0),
    );
    expect(code).toBe('ACDEFHJKM');
  });

  it.each([
    ['ACD-EFH-347', 'ACDEFH347'],
    ['  acd efh 347 ', 'ACDEFH347'],
    ['acd.efh.347', 'ACDEFH347'],
    ['ACD–EFH—347', 'ACDEFH347'],
    ['ACDEFH34', null],
    ['ACDEFH3477', null],
    ['ACD-EFH-340', null],
    ['OCD-EFH-347', null],
    ['BCD-EFH-347', null],
  ])('read %j as %j', (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });

  it('read back as themselves once shown in groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const code = newJoinCode(seededBytes(seed));
        expect(formatJoinCode(code)).toMatch(/^\w{3}-\w{3}-\w{3}$/);
        expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});
