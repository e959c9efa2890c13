import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's script runs on import and answers messages on `self`: here the test's global scope stands in
// for the worker's, with its postMessage watched.
let posted: ReturnType<typeof vi.fn<(message: unknown) => void>>;

/** The script has no imports or exports (a worker's), so it is imported by a name the compiler does not follow. */
const SCRIPT = './clock-worker';

beforeEach(async () => {
  vi.useFakeTimers();
  posted = vi.fn<(message: unknown) => void>();
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => posted(message));
  // A fresh copy of the script each time, as each Worker runs its own.
  vi.resetModules();
  await import(/* @vite-ignore */ SCRIPT);
});

afterEach(() => {
  self.onmessage = null;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const ask = (everyMs: number) => self.onmessage?.(new MessageEvent('message', { data: { everyMs } }));

describe('the clock worker', () => {
  it('ticks the page at the interval it asks for', () => {
    ask(250);
    vi.advanceTimersByTime(249);
    expect(posted).not.toHaveBeenCalled();
    vi.advanceTimersByTime(751);
    expect(posted).toHaveBeenCalledTimes(4);
    expect(posted).toHaveBeenCalledWith('tick');
  });

  it('never ticks more often than every 50 ms', () => {
    ask(1);
    vi.advanceTimersByTime(49);
    expect(posted).not.toHaveBeenCalled();
    vi.advanceTimersByTime(51);
    expect(posted).toHaveBeenCalledTimes(2);
  });

  it('keeps one pulse: a new interval replaces the old one', () => {
    ask(100);
    ask(1_000);
    vi.advanceTimersByTime(999);
    expect(posted).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(posted).toHaveBeenCalledTimes(1);
  });
});
