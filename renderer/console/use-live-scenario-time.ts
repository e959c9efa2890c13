import { useEffect, useState } from 'react';
import type { ExerciseEngine } from '../../core/index';

function readTime(engine: ExerciseEngine): { scenarioMs: number; wallMs: number } {
  const wallMs = Date.now();
  return { scenarioMs: engine.scenarioTimeAt(wallMs), wallMs };
}

/** Scenario and wall time, re-read four times a second (display only; never logged). */
export function useLiveScenarioTime(engine: ExerciseEngine): { scenarioMs: number; wallMs: number } {
  const [now, setNow] = useState(() => readTime(engine));
  useEffect(() => {
    const timer = setInterval(() => setNow(readTime(engine)), 250);
    return () => clearInterval(timer);
  }, [engine]);
  return now;
}
