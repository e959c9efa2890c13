import { describe, expect, it } from 'vitest';
import { COPY_UNCHECKED, HOST_UNREACHABLE, ViewStatus } from './view-status';

function status() {
  let changes = 0;
  const view = new ViewStatus(() => (changes += 1));
  return { view, changes: () => changes };
}

describe('ViewStatus', () => {
  it('is read-only until the host follows the copy, and says why at each step', () => {
    const { view, changes } = status();
    expect(view.readOnlyReason).toBe(COPY_UNCHECKED);
    view.setAnswer({ kind: 'following' });
    expect(view.readOnlyReason).toBeNull();
    expect(view.hostFollows).toBe(true);
    view.setReachable(false);
    expect(view.readOnlyReason).toBe(HOST_UNREACHABLE);
    expect(view.hostFollows).toBe(false);
    view.setReachable(true);
    expect(view.readOnlyReason).toBe(COPY_UNCHECKED);
    view.setAnswer({ kind: 'diverged', reason: 'the journal was replaced', heldSeq: 9, hostLastSeq: 4 });
    expect(view.readOnlyReason).toBe('the journal was replaced');
    view.setReachable(false, 'this page is not the console');
    expect(view.readOnlyReason).toBe('this page is not the console');
    view.setReachable(true);
    view.setAnswer({ kind: 'not-found', reason: 'no exercise x in /data' });
    expect(view.readOnlyReason).toBe(
      'the exercise host has no such exercise (no exercise x in /data): it was deleted there, or the host was started with another data folder',
    );
    view.setAnswer({ kind: 'following' });
    view.hostStatus(true, null);
    expect(view.readOnlyReason).toBe('the exercise host keeps this exercise read-only');
    expect(changes()).toBe(9);
  });

  it('shows this console’s problem before the host’s, each until dismissed, and again when reported anew', () => {
    const { view } = status();
    view.hostStatus(false, 'disk full');
    view.report('the copy stops at event 4');
    expect(view.error).toBe('the copy stops at event 4');
    view.dismissError();
    expect(view.error).toBe('disk full');
    view.dismissError();
    expect(view.error).toBeNull();
    view.hostStatus(false, 'disk full');
    expect(view.error).toBeNull();
    view.hostStatus(false, null);
    view.hostStatus(false, 'disk full');
    expect(view.error).toBe('disk full');
  });

  it('keeps what it says of the copy until dismissed', () => {
    const { view } = status();
    view.setNotice({ kind: 'opened', held: 5, received: 2 });
    expect(view.notice).toEqual({ kind: 'opened', held: 5, received: 2 });
    view.setNotice(null);
    expect(view.notice).toBeNull();
  });
});
