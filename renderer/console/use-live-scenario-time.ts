import { useEffect, useState } from 'react';
import type { ExerciseView } from '../../core/index';

function readTime(view: ExerciseView): { scenarioMs: number; wallMs: number } {
  const wallMs = Date.now();
  return { scenarioMs: view.scenarioTimeAt(wallMs), wallMs };
}

/** Scenario and wall time, re-read four times a second (display only; never logged). */
export function useLiveScenarioTime(view: ExerciseView): { scenarioMs: number; wallMs: number } {
  const [now, setNow] = useState(() => readTime(view));
  useEffect(() => {
    const timer = setInterval(() => setNow(readTime(view)), 250);
    return () => clearInterval(timer);
  }, [view]);
  return now;
}
