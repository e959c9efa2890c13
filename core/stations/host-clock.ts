import { scenarioTimeAt, type ClockStatus } from '../engine/index';
import type { HostClock } from './station-protocol';

/**
 * Scenario time at a wall time, run on from the host's last clock message: the same fold the engine uses,
 * anchored where the host read its clock, so a station or the evaluator between two pushes shows the time the
 * engine would. Display only; stations never log it.
 */
export function hostClockTimeAt(clock: HostClock, wallMs: number): number {
  return scenarioTimeAt(
    {
      status: clock.status as ClockStatus,
      speed: clock.speed,
      anchorScenarioMs: clock.scenarioMs,
      anchorWallMs: clock.wallMs,
    },
    wallMs,
  );
}
