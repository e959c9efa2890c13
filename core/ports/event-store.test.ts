import { describe, expect, it } from 'vitest';
import { SequenceGapError } from './event-store';

describe('SequenceGapError', () => {
  it('says which seq arrived and which one would have continued the log', () => {
    const error = new SequenceGapError(4, 6);
    expect(error).toBeInstanceOf(Error);
    expect([error.expected, error.received]).toEqual([4, 6]);
    expect(error.message).toBe('event seq 6 does not continue the log (expected 4)');
  });
});
