import { useEffect, useState } from 'react';
import type { HostClock } from '../../core/index';

/** Scenario time from the host's last clock message, run on locally between pushes (display only). */
export function liveScenarioMs(clock: HostClock | null, nowMs: number): number | null {
  if (!clock) return null;
  if (clock.status !== 'running' || typeof clock.speed !== 'number') return clock.scenarioMs;
  return clock.scenarioMs + Math.max(0, nowMs - clock.wallMs) * clock.speed;
}

/** The live scenario time, re-read twice a second while the clock runs. */
export function useLiveClock(clock: HostClock | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  const running = clock?.status === 'running';
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running, clock]);
  return liveScenarioMs(clock, now);
}
