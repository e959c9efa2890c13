import {
  checkBranchPrefix,
  contentOfCreated,
  decodeJournal,
  ExerciseReadModels,
  type BranchCheck,
  type ExerciseEvent,
  type ExerciseRecord,
  type JournalSeal,
} from '../../core/index';
import { fetchSeal, findJournal, HOST_UNREACHABLE, type ConsoleConnection } from '../host/index';

/** What the console's review asks of the exercise host beside the exercise it follows (issue 23). */
export interface ReviewHost {
  /** The exercises in the host's data folder. */
  list(): Promise<ExerciseRecord[]>;
  /** An exercise's journal as the host keeps it; null when the host has no such exercise. */
  journal(exerciseId: string): Promise<string | null>;
  /** A what-if branch after event `atSeq`, as a new exercise; rejects with the host's reason. */
  branch(exerciseId: string, atSeq: number, name: string): Promise<ExerciseRecord>;
  /** The head of the exercise's journal after its first `through` events and the host's key (issue 25). */
  seal(exerciseId: string, through?: number): Promise<JournalSeal>;
}

/** The review's host on the console's connection: its catalogue requests, and its token for the journals. */
export function reviewHostOf(connection: ConsoleConnection): ReviewHost {
  const token = () => {
    const current = connection.consoleToken;
    if (current === null) throw new Error(HOST_UNREACHABLE);
    return current;
  };
  return {
    list: () => connection.list(),
    journal: async (exerciseId) => (await findJournal(exerciseId, token()))?.text ?? null,
    branch: (exerciseId, atSeq, name) => connection.branch(exerciseId, atSeq, name),
    seal: async (exerciseId, through) =>
      fetchSeal(exerciseId, token(), through === undefined ? {} : { through }),
  };
}

/** A journal the host keeps, read whole: the host's own file, so its lines are not checked again here. */
async function eventsOnHost(host: ReviewHost, exerciseId: string): Promise<ExerciseEvent[] | null> {
  const text = await host.journal(exerciseId);
  if (text === null) return null;
  const decoded = decodeJournal(text, { trusted: true });
  const problem = decoded.problems[0];
  if (problem) throw new Error(`the journal of ${exerciseId}: line ${problem.line}: ${problem.message}`);
  return decoded.events;
}

/** Another exercise on the host, read into the read models every figure comes from, to compare with. */
export async function readModelsFromHost(host: ReviewHost, exerciseId: string): Promise<ExerciseReadModels> {
  const events = await eventsOnHost(host, exerciseId);
  const first = events?.[0];
  if (!first) throw new Error(`the exercise host has no journal of ${exerciseId}`);
  return ExerciseReadModels.of(events, contentOfCreated(first));
}

/**
 * A branch's copied part checked against its origin (docs/adr/0009): both journals from the host; an origin
 * no longer on the host leaves the check to the hash the branch recorded.
 */
export async function checkBranchOnHost(
  host: ReviewHost,
  exerciseId: string,
  originId: string,
): Promise<BranchCheck | null> {
  const [own, origin] = await Promise.all([eventsOnHost(host, exerciseId), eventsOnHost(host, originId)]);
  if (!own) throw new Error(`the exercise host has no journal of ${exerciseId}`);
  return checkBranchPrefix(own, origin);
}

/** The exercises a run can be compared with: the others on the host that play the same scenario. */
export function sameScenario(
  records: readonly ExerciseRecord[],
  own: { exerciseId: string; scenarioId: string },
): ExerciseRecord[] {
  return records.filter(
    (record) => record.exerciseId !== own.exerciseId && record.scenarioId === own.scenarioId,
  );
}
