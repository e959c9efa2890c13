import type { Ticker } from '../../core/index';

/** Calls `onTick` about every `everyMs`; returns the function that stops it (core's `Ticker`). */
export type StartTicker = Ticker;

/**
 * Ticks from a dedicated Worker where there is one: Chromium throttles timers of a background tab to once a
 * minute or less, a worker's far less. The log does not depend on it either way (the engine catches up
 * deterministically), but the clock on screen and the stations stay live.
 */
export const startWorkerTicker: StartTicker = (onTick, everyMs) => {
  if (typeof Worker === 'undefined') return startIntervalTicker(onTick, everyMs);
  const worker = new Worker(new URL('./clock-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = () => void onTick();
  worker.postMessage({ everyMs });
  return () => worker.terminate();
};

export const startIntervalTicker: StartTicker = (onTick, everyMs) => {
  const timer = setInterval(onTick, everyMs);
  return () => clearInterval(timer);
};
