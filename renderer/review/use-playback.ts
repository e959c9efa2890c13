import { useCallback, useEffect, useRef, useState } from 'react';

/** How often playback moves the scrubber, in real milliseconds. */
export const PLAYBACK_TICK_MS = 200;

/** Scenario seconds per real second the review can play back at. */
export const PLAYBACK_SPEEDS = [1, 10, 60, 300, 900, 3600] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/**
 * Plays the review back: while playing, the scrubber's scenario time moves `speed` scenario seconds per real
 * second, and stops at the end of the log. Playing from the end starts again from the beginning.
 */
export function usePlayback(value: number, endMs: number, onChange: (scenarioMs: number) => void) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>(60);
  // The interval reads the latest time and callback without restarting on every step.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = Math.min(endMs, latest.current.value + speed * PLAYBACK_TICK_MS);
      latest.current.onChange(next);
      if (next >= endMs) setPlaying(false);
    }, PLAYBACK_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, endMs]);

  const toggle = () => {
    if (!playing && value >= endMs) onChange(0);
    setPlaying(!playing);
  };
  // Stable, so that what stops playback (a jump) can be memoised with it.
  const stop = useCallback(() => setPlaying(false), []);
  return { playing, speed, setSpeed, toggle, stop };
}
