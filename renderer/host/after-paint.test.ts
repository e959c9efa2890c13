import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Whether the promise has settled once pending timers of `ms` have run. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('waiting for the console to be on screen', () => {
  it('resolves in a task after the next animation frame', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const painted = afterNextPaint();
    expect(await settledAfter(painted, 50)).toBe(false);
    for (const frame of frames.splice(0)) frame(0);
    expect(await settledAfter(painted, 0)).toBe(true);
  });

  it('does not wait for a frame that never comes', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const painted = afterNextPaint();
    expect(await settledAfter(painted, 100)).toBe(false);
    expect(await settledAfter(painted, 150)).toBe(true);
  });

  it('resolves at once in a hidden tab, which paints nothing', async () => {
    vi.useFakeTimers();
    const frame = vi.fn(() => 0);
    vi.stubGlobal('requestAnimationFrame', frame);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    expect(await settledAfter(afterNextPaint(), 0)).toBe(true);
    expect(frame).not.toHaveBeenCalled();
  });
});
