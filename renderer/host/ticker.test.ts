import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIntervalTicker, startWorkerTicker } from './ticker';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A stand-in for the clock Worker: what the page posts it, and a way to make it tick. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  tick(): void {
    this.onmessage?.(new MessageEvent('message', { data: 'tick' }));
  }
}

describe('the interval ticker', () => {
  it('ticks every interval until stopped', () => {
    vi.useFakeTimers();
    const onTick = vi.fn();
    const stop = startIntervalTicker(onTick, 250);
    vi.advanceTimersByTime(249);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(751);
    expect(onTick).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(onTick).toHaveBeenCalledTimes(4);
  });
});

describe('the worker ticker', () => {
  it('ticks from the clock worker, asking it for the interval, and ends the worker when stopped', () => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    const onTick = vi.fn();
    const stop = startWorkerTicker(onTick, 250);
    const [worker] = FakeWorker.made;
    expect(worker?.url.pathname).toMatch(/\/clock-worker\.ts$/);
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.posted).toEqual([{ everyMs: 250 }]);
    worker?.tick();
    worker?.tick();
    expect(onTick).toHaveBeenCalledTimes(2);
    stop();
    expect(worker?.terminated).toBe(true);
  });

  it('falls back to an interval where there are no workers', () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', undefined);
    const onTick = vi.fn();
    const stop = startWorkerTicker(onTick, 100);
    vi.advanceTimersByTime(300);
    expect(onTick).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(300);
    expect(onTick).toHaveBeenCalledTimes(3);
  });
});
