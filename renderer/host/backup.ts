import {
  errorMessage,
  checkedContentOfCreated,
  createdEvent,
  EmbeddedContentError,
  decodeJournal,
  encodeEvents,
  replay,
  snapshotOf,
  type ExerciseEvent,
} from '../../core/index';
import type { ExerciseRecord } from '../../core/index';
import { ExerciseCatalogue } from '../storage/index';

/** An exercise's log as a journal file (the CLI's format: `report` reads it, and so does restore). */
export async function journalBackup(
  exerciseId: string,
  catalogue = new ExerciseCatalogue(),
): Promise<{ fileName: string; text: string }> {
  const events = await catalogue.events(exerciseId);
  return { fileName: `${exerciseId}.events.jsonl`, text: encodeEvents(events) };
}

export type RestoreResult =
  { ok: true; record: ExerciseRecord; notes: string[] } | { ok: false; reason: string };

/**
 * Load a journal file back: decode it (a torn last line is reported and dropped, a damaged line refuses the
 * file), check the documents it embeds (hashes, schema, load: a file from outside is never trusted), replay
 * it to be sure it is a whole exercise, then store it. Never throws on a bad file.
 */
export async function restoreJournal(
  fileName: string,
  text: string,
  catalogue = new ExerciseCatalogue(),
): Promise<RestoreResult> {
  // A file the user chose: every line is checked, payloads included, before anything is stored.
  const decoded = decodeJournal(text, { trusted: false });
  const problem = decoded.problems[0];
  if (problem) return { ok: false, reason: `${fileName}: line ${problem.line}: ${problem.message}` };
  const first = decoded.events[0];
  if (!first || first.type !== 'exercise.created')
    return {
      ok: false,
      reason: `${fileName}: not an exercise journal (its first line is not exercise.created)`,
    };
  const notes: string[] = [];
  if (decoded.torn)
    notes.push(`line ${decoded.torn.line} was cut short (a crash while writing) and was left out`);
  let last: ExerciseEvent = first;
  try {
    const content = checkedContentOfCreated(first);
    const state = replay(decoded.events, content);
    last = decoded.events.at(-1) as ExerciseEvent;
    const { payload } = createdEvent(first);
    const record: ExerciseRecord = {
      exerciseId: first.exerciseId,
      name: payload.name ?? first.exerciseId,
      scenarioId: content.scenario.id,
      scenarioTitle: content.scenario.title,
      marking: payload.exerciseMarking ?? 'EXERCISE',
      createdWallMs: first.wallMs,
      status: state.clock.status,
      roles: Object.fromEntries(
        Object.entries(payload.autoPlay ?? {}).map(([role, policy]) => [
          role,
          policy as ExerciseRecord['roles'][string],
        ]),
      ),
      lastEventWallMs: last.wallMs,
      eventCount: decoded.events.length,
    };
    await catalogue.restore(decoded.events, record, snapshotOf(state));
    return { ok: true, record, notes };
  } catch (error) {
    const where = error instanceof EmbeddedContentError ? 'line 1: ' : '';
    return { ok: false, reason: `${fileName}: ${where}${errorMessage(error)}` };
  }
}
