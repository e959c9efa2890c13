import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHostClock } from './use-host-clock';

const WALL = Date.UTC(2026, 0, 1, 9, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(WALL);
});
afterEach(() => vi.useRealTimers());

describe('the live host clock', () => {
  it('runs on twice a second while the host’s clock runs, at its speed', () => {
    const clock = { status: 'running', speed: 2, scenarioMs: 10_000, wallMs: WALL };
    const { result } = renderHook(() => useHostClock(clock));
    expect(result.current).toBe(10_000);
    act(() => vi.advanceTimersByTime(1_500));
    // 1.5 s of wall time at speed 2: three seconds of scenario time.
    expect(result.current).toBe(13_000);
  });

  it('stands still while paused, and is null before the host has said anything', () => {
    const paused = { status: 'paused', speed: 1, scenarioMs: 42_000, wallMs: WALL };
    const { result, rerender } = renderHook(({ clock }) => useHostClock(clock), {
      initialProps: { clock: paused as typeof paused | null },
    });
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current).toBe(42_000);
    rerender({ clock: null });
    expect(result.current).toBeNull();
  });
});
