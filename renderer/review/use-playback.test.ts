import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAYBACK_TICK_MS, usePlayback } from './use-playback';

describe('usePlayback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves the time at the chosen speed and stops at the end of the log', () => {
    let value = 0;
    const onChange = vi.fn((next: number) => (value = next));
    const { result, rerender } = renderHook(({ at }) => usePlayback(at, 30_000, onChange), {
      initialProps: { at: value },
    });
    act(() => result.current.setSpeed(60));
    act(() => result.current.toggle());
    expect(result.current.playing).toBe(true);
    // 60 scenario seconds per real second: one tick of 200 ms moves 12 s.
    act(() => vi.advanceTimersByTime(PLAYBACK_TICK_MS));
    expect(onChange).toHaveBeenLastCalledWith(12_000);
    rerender({ at: value });
    act(() => vi.advanceTimersByTime(PLAYBACK_TICK_MS));
    expect(onChange).toHaveBeenLastCalledWith(24_000);
    rerender({ at: value });
    act(() => vi.advanceTimersByTime(PLAYBACK_TICK_MS));
    // 36 s would pass the end: it stops there.
    expect(onChange).toHaveBeenLastCalledWith(30_000);
    expect(result.current.playing).toBe(false);
    const calls = onChange.mock.calls.length;
    act(() => vi.advanceTimersByTime(5 * PLAYBACK_TICK_MS));
    expect(onChange.mock.calls.length).toBe(calls);
  });

  it('plays from the beginning again when started at the end', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => usePlayback(30_000, 30_000, onChange));
    act(() => result.current.toggle());
    expect(onChange).toHaveBeenCalledWith(0);
    expect(result.current.playing).toBe(true);
    act(() => result.current.stop());
    expect(result.current.playing).toBe(false);
  });
});
