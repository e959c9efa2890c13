// How the host decides its answer to a console's `open` and `history`, from hand-made logs and digests.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { QUICK_OPEN_AFTER_EVENTS, type ExerciseEvent } from '../core/index';
import { divergenceOf, historyRefusal, opensQuickly } from './console-opening';

/** A journal line as the host holds it; only its bytes matter here. */
const event = (seq: number, text = 'x') =>
  ({ seq, exerciseId: 'ex-1', payload: { text } }) as unknown as ExerciseEvent;
/** SHA-256 of the line's canonical JSON, written out by hand: keys sorted, no spaces. */
const digestOf = (seq: number, text = 'x') =>
  createHash('sha256')
    .update(`{"exerciseId":"ex-1","payload":{"text":"${text}"},"seq":${seq}}`)
    .digest('hex');

const CAUSE = 'the journal was restored from an older backup or replaced';

describe('divergenceOf', () => {
  it('accepts a copy whose last event is the host’s, byte for byte', () => {
    expect(divergenceOf({ since: 7, digest: digestOf(7) }, 9, event(7))).toBeNull();
  });

  it('accepts an empty copy, and a copy that names no digest, at its word', () => {
    expect(divergenceOf({ since: 0 }, 9, undefined)).toBeNull();
    expect(divergenceOf({ since: 7 }, 9, event(7))).toBeNull();
  });

  it('says which events a copy holds that the journal does not, with thousands marked', () => {
    expect(divergenceOf({ since: 5_210, digest: digestOf(5_210) }, 5_000, undefined)).toBe(
      `this browser's copy holds events 5,001–5,210 that the exercise host's journal does not: ${CAUSE}`,
    );
    expect(divergenceOf({ since: 10 }, 9, undefined)).toBe(
      `this browser's copy holds event 10 that the exercise host's journal does not: ${CAUSE}`,
    );
  });

  it('says where a copy differs from the journal when its event is not the host’s', () => {
    expect(divergenceOf({ since: 7, digest: digestOf(7, 'other') }, 2_500, event(7))).toBe(
      `this browser's copy differs from the exercise host's journal at event 7 of 2,500: ${CAUSE}`,
    );
  });
});

describe('opensQuickly', () => {
  it('only when the copy is more than QUICK_OPEN_AFTER_EVENTS behind', () => {
    expect(opensQuickly(0, QUICK_OPEN_AFTER_EVENTS)).toBe(false);
    expect(opensQuickly(0, QUICK_OPEN_AFTER_EVENTS + 1)).toBe(true);
    expect(opensQuickly(100, QUICK_OPEN_AFTER_EVENTS + 100)).toBe(false);
  });
});

describe('historyRefusal', () => {
  it('answers a range that starts within the journal, and refuses one past its end', () => {
    expect(historyRefusal('ex-1', 1, 2_000, 5)).toBeNull();
    expect(historyRefusal('ex-1', 5, 5, 5)).toBeNull();
    expect(historyRefusal('ex-1', 6, 6, 5)).toBe(
      'history refused: event 6 of ex-1 is past the end of its journal (its last event is 5)',
    );
    expect(historyRefusal('ex-1', 4_001, 6_000, 4_000)).toBe(
      'history refused: events 4,001–6,000 of ex-1 are past the end of its journal (its last event is 4,000)',
    );
  });
});
