import { describe, expect, it } from 'vitest';
import {
  ADDRESS_WINDOW_MS,
  CODE_WINDOW_MS,
  JOINS_PER_CODE,
  JoinLimiter,
  MAX_LOCKOUT_MS,
  WRONG_CODES_PER_ADDRESS,
  WRONG_CODES_PER_MINUTE,
} from './join-limiter';

const SECOND = 1_000;
const MINUTE = 60_000;

/** A limiter on a simulated clock the test moves by hand. */
function limiter() {
  const clock = { now: Date.UTC(2026, 11, 4, 9) };
  return { clock, limits: new JoinLimiter({ now: () => clock.now }) };
}

/** As the door does it: asked first, then told that the code was wrong. */
function wrongCode(limits: JoinLimiter, address: string): void {
  expect(limits.check(address)).toEqual({ ok: true });
  limits.failed(address);
}

describe('the limits', () => {
  it('are those issue 20 sets', () => {
    expect([WRONG_CODES_PER_ADDRESS, ADDRESS_WINDOW_MS, MAX_LOCKOUT_MS]).toEqual([
      5,
      10 * MINUTE,
      60 * MINUTE,
    ]);
    expect([WRONG_CODES_PER_MINUTE, JOINS_PER_CODE, CODE_WINDOW_MS]).toEqual([60, 30, 10 * MINUTE]);
  });
});

describe('wrong codes from one address', () => {
  it('refuses the sixth try from an address that gave five wrong codes, before any code is read; another address may try', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      wrongCode(limits, '192.168.10.21');
      clock.now += SECOND;
    }
    // The fifth wrong code came at +4 s, so the lockout ends ten minutes after it.
    expect(limits.check('192.168.10.21')).toEqual({ ok: false, retryAfterMs: 10 * MINUTE - SECOND });
    // A station that joins with a right code meanwhile does not let the guesser in.
    limits.succeeded('code-ms-a');
    expect(limits.check('192.168.10.21')).toMatchObject({ ok: false });
    expect(limits.check('192.168.10.22')).toEqual({ ok: true });
  });

  it('lets the address back in when the lockout it was told is over, not a millisecond before', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 5; attempt += 1) limits.failed('192.168.10.21');
    const refused = limits.check('192.168.10.21');
    expect(refused).toEqual({ ok: false, retryAfterMs: 10 * MINUTE });
    clock.now += 10 * MINUTE - 1;
    expect(limits.check('192.168.10.21')).toEqual({ ok: false, retryAfterMs: 1 });
    clock.now += 1;
    expect(limits.check('192.168.10.21')).toEqual({ ok: true });
  });

  it('starts counting afresh after a lockout: four more wrong codes do not lock it again', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 5; attempt += 1) limits.failed('192.168.10.21');
    clock.now += 10 * MINUTE;
    for (let attempt = 0; attempt < 4; attempt += 1) wrongCode(limits, '192.168.10.21');
    expect(limits.check('192.168.10.21')).toEqual({ ok: true });
    limits.failed('192.168.10.21');
    expect(limits.check('192.168.10.21')).toEqual({ ok: false, retryAfterMs: 20 * MINUTE });
  });

  it('locks out twice as long at each repeat, at most an hour', () => {
    const { clock, limits } = limiter();
    const lockouts: number[] = [];
    for (let round = 0; round < 6; round += 1) {
      for (let attempt = 0; attempt < 5; attempt += 1) wrongCode(limits, '192.168.10.21');
      const check = limits.check('192.168.10.21');
      if (check.ok) throw new Error(`not locked out in round ${round}`);
      lockouts.push(check.retryAfterMs);
      clock.now += check.retryAfterMs;
    }
    expect(lockouts).toEqual([10, 20, 40, 60, 60, 60].map((minutes) => minutes * MINUTE));
  });

  it('counts only the wrong codes of the last ten minutes', () => {
    // Four wrong codes at the start; the fifth just inside the window locks the address out…
    const inside = limiter();
    for (let attempt = 0; attempt < 4; attempt += 1) wrongCode(inside.limits, '192.168.10.21');
    inside.clock.now += 10 * MINUTE - 1;
    wrongCode(inside.limits, '192.168.10.21');
    expect(inside.limits.check('192.168.10.21')).toEqual({ ok: false, retryAfterMs: 10 * MINUTE });
    // …and at ten minutes the first four have left the window: the fifth is the only one.
    const outside = limiter();
    for (let attempt = 0; attempt < 4; attempt += 1) wrongCode(outside.limits, '192.168.10.21');
    outside.clock.now += 10 * MINUTE;
    wrongCode(outside.limits, '192.168.10.21');
    expect(outside.limits.check('192.168.10.21')).toEqual({ ok: true });
  });

  it('never locks out a person who mistypes now and then', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 40; attempt += 1) {
      wrongCode(limits, '192.168.10.21');
      // Five wrong codes span four gaps: just over a quarter of the window each, so never five in it.
      clock.now += ADDRESS_WINDOW_MS / 4 + 1;
    }
    expect(limits.check('192.168.10.21')).toEqual({ ok: true });
  });

  it('counts each address apart: four wrong codes from each of two addresses lock neither', () => {
    const { limits } = limiter();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      wrongCode(limits, '192.168.10.21');
      wrongCode(limits, '192.168.10.22');
    }
    expect(limits.check('192.168.10.21')).toEqual({ ok: true });
    expect(limits.check('192.168.10.22')).toEqual({ ok: true });
    limits.failed('192.168.10.22');
    expect(limits.check('192.168.10.22')).toMatchObject({ ok: false });
    expect(limits.check('192.168.10.21')).toEqual({ ok: true });
  });

  it('remembers at most 10,000 addresses, forgetting first the one whose last wrong code is oldest', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      limits.failed('10.0.0.1');
      limits.failed('10.0.0.2');
    }
    for (let other = 0; other < 9_998; other += 1) limits.failed(`10.1.${other >> 8}.${other & 255}`);
    // 10,000 addresses known. 10.0.0.1 fails again, so 10.0.0.2 is now the one failed longest ago…
    limits.failed('10.0.0.1');
    // …and goes when a 10,001st address fails.
    limits.failed('10.2.0.1');
    clock.now += MINUTE;
    limits.failed('10.0.0.2');
    limits.failed('10.0.0.2');
    limits.failed('10.0.0.1');
    // 10.0.0.1 was kept: five wrong codes. 10.0.0.2, forgotten, has two, not five.
    expect(limits.check('10.0.0.1')).toEqual({ ok: false, retryAfterMs: 10 * MINUTE });
    expect(limits.check('10.0.0.2')).toEqual({ ok: true });
  });
});

describe('wrong codes from every address together', () => {
  it('stop at 60 a minute, whatever address each came from, and refuse even an address that never failed', () => {
    const { clock, limits } = limiter();
    for (let attempt = 0; attempt < 59; attempt += 1) {
      wrongCode(limits, `10.0.1.${attempt}`);
      clock.now += 500;
    }
    expect(limits.check('10.0.2.1')).toEqual({ ok: true });
    wrongCode(limits, '10.0.1.59');
    // 60 wrong codes from +0 s to +29.5 s: the first leaves the minute at +60 s.
    expect(limits.check('10.0.2.1')).toEqual({ ok: false, retryAfterMs: 60 * SECOND - 29_500 });
    expect(limits.check('10.0.1.0')).toEqual({ ok: false, retryAfterMs: 60 * SECOND - 29_500 });
    clock.now = clock.now - 29_500 + 60 * SECOND - 1;
    expect(limits.check('10.0.2.1')).toEqual({ ok: false, retryAfterMs: 1 });
    clock.now += 1;
    expect(limits.check('10.0.2.1')).toEqual({ ok: true });
  });

  it('are not counted when a station joins with a right code', () => {
    const { limits } = limiter();
    for (let join = 0; join < 100; join += 1) limits.succeeded(`code-${join % 4}`);
    expect(limits.check('10.0.2.1')).toEqual({ ok: true });
  });
});

describe('joins with one code', () => {
  it('are 30 in ten minutes at most; another code is not held back', () => {
    const { clock, limits } = limiter();
    for (let join = 0; join < 30; join += 1) {
      expect(limits.checkCode('code-a')).toEqual({ ok: true });
      limits.succeeded('code-a');
      clock.now += SECOND;
    }
    // Joins from +0 s to +29 s, asked at +30 s: the first leaves the window at +10 min.
    expect(limits.checkCode('code-a')).toEqual({ ok: false, retryAfterMs: 10 * MINUTE - 30 * SECOND });
    expect(limits.checkCode('code-b')).toEqual({ ok: true });
    // The code's cap is no address's: the stations behind it may still try other codes.
    expect(limits.check('10.0.0.1')).toEqual({ ok: true });
    clock.now += 10 * MINUTE - 30 * SECOND - 1;
    expect(limits.checkCode('code-a')).toEqual({ ok: false, retryAfterMs: 1 });
    clock.now += 1;
    expect(limits.checkCode('code-a')).toEqual({ ok: true });
  });

  it('are not held back by wrong codes', () => {
    const { limits } = limiter();
    for (let attempt = 0; attempt < 100; attempt += 1) limits.failed(`10.0.1.${attempt}`);
    expect(limits.checkCode('code-a')).toEqual({ ok: true });
  });
});
