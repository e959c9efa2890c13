import type { ClockStatus } from '../engine/index';
import type { RolePlay } from '../events/index';

/**
 * What a list of exercises shows about one (Home's stored exercises): who named it what, on which scenario,
 * how its roles are played, how far it got. Everything else is in its log; this is kept beside the log so
 * the list opens without reading any.
 */
export interface ExerciseRecord {
  exerciseId: string;
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  marking: string;
  createdWallMs: number;
  /** Updated as the exercise runs; 'ended' after ENDEX. */
  status: ClockStatus;
  roles: Record<string, RolePlay>;
  lastEventWallMs: number;
  eventCount: number;
  /** A what-if branch (issue 23): the exercise it left, and after which of its events. Absent otherwise. */
  branchOf?: { exerciseId: string; name: string; atSeq: number };
}
