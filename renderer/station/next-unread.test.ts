import { describe, expect, it } from 'vitest';
import { nextUnread } from './next-unread';

const list = [1, 2, 3, 4, 5].map((streamSeq) => ({ streamSeq }));

describe('nextUnread', () => {
  it('takes the next unread item below the one dealt with', () => {
    expect(nextUnread(list, new Set([1, 2, 3]), 2)).toEqual({ streamSeq: 4 });
  });

  it('goes back to the first unread above it when none is below', () => {
    expect(nextUnread(list, new Set([1, 3, 4, 5]), 4)).toEqual({ streamSeq: 2 });
  });

  it('never returns the item itself, read or not, and returns null when all are read', () => {
    expect(nextUnread(list, new Set([1, 2, 4, 5]), 3)).toBeNull();
    expect(nextUnread(list, new Set([1, 2, 3, 4, 5]), 3)).toBeNull();
  });

  it('works when the item is no longer in the list shown (a search hides it)', () => {
    expect(nextUnread(list, new Set([2, 3, 4, 5]), 9)).toEqual({ streamSeq: 1 });
  });
});
