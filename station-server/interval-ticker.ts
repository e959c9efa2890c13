import type { Ticker } from '../core/index';

/**
 * The host's pulse: a Node timer. A late pulse only catches up (the engine fires what fell due, stamped with
 * when it was due), so a busy machine changes when the log is written, never what it says. The timer does
 * not keep the process alive by itself: the server, or whoever runs the host, does.
 */
export const startIntervalTicker: Ticker = (pulse, everyMs) => {
  const timer = setInterval(() => void pulse(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
};
