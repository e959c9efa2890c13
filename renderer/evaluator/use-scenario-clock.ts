import { useEffect, useState } from 'react';
import type { HostClock } from '../../core/index';

/** Scenario time between the host's clock pushes: advanced locally while running (display only). */
export function scenarioTimeAt(clock: HostClock | null, nowMs: number): number {
  if (!clock) return 0;
  if (clock.status !== 'running' || typeof clock.speed !== 'number') return clock.scenarioMs;
  return clock.scenarioMs + Math.max(0, nowMs - clock.wallMs) * clock.speed;
}

export function useScenarioClock(clock: HostClock | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  return scenarioTimeAt(clock, now);
}
