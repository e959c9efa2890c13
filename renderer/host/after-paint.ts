/** Longest wait for a frame: a tab that does not paint (hidden, or no frames in a test) does not wait more. */
const FRAME_WAIT_MS = 200;

/**
 * Resolves once the browser has painted what is on screen now: after the next animation frame, in a task of
 * its own, so work started then does not delay that frame. A hidden tab paints nothing and resolves at once.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (hidden || typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
