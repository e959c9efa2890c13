import { useEffect, useState } from 'react';
import { hostClockTimeAt, type HostClock } from '../../core/index';

/**
 * The live scenario time from the host's last clock message, re-read twice a second while the clock runs
 * (display only): stations and the evaluator show the same time by the same fold. Null before any message.
 */
export function useHostClock(clock: HostClock | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  const running = clock?.status === 'running';
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running, clock]);
  return clock ? hostClockTimeAt(clock, now) : null;
}
