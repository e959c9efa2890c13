import type { EventStore, ExerciseEvent } from '../ports/index';
import { EVENT_ENVELOPE_VERSION } from '../ports/index';
import { stateAfterCreated } from './apply-event';
import { EngineLog } from './engine-log';
import type { EngineState } from './engine-state';
import { EngineWriter } from './engine-writer';
import type { LoadedContent } from './exercise-content';
import { ensureActor } from './mechanisms';
import { contentOfCreated, replay } from './replay';
import { exerciseRoles, type EngineRole } from './roles';
import { snapshotInterval } from './snapshot-interval';
import { snapshotState } from './state-migrations';
import { CONTROL_ONLY } from './visibility';

export interface CreateExercise {
  exerciseId: string;
  name: string;
  seed: number;
  wallMs: number;
  /** The documents, checked and loaded by `loadExerciseContent`; `exercise.created` embeds them. */
  content: LoadedContent;
  /** Marking shown on every screen ("EXERCISE EXERCISE EXERCISE" banner). */
  exerciseMarking?: string;
  autoPlay?: Record<string, string>;
  /**
   * Save a snapshot every this many events; by default SNAPSHOT_INTERVAL, or once per entry of the state
   * when that is more (snapshot-interval.ts).
   */
  snapshotEvery?: number;
}

export interface OpenExercise {
  snapshotEvery?: number;
  /** Events read per page of the history before the opening snapshot (default HISTORY_PAGE). */
  pageSize?: number;
  /**
   * When to start reading the history. The console passes "after the next paint": reading a page takes
   * the main thread, and the first view of the exercise should not wait for it.
   */
  historyAfter?: Promise<unknown>;
}

/** Events read per page of history after a quick open: the page stays responsive between pages. */
const HISTORY_PAGE = 2000;

/** The parts an engine is made of, sharing one log and one state. */
export interface EngineParts {
  content: LoadedContent;
  roles: ReadonlyMap<string, EngineRole>;
  log: EngineLog;
  writer: EngineWriter;
  /** `exercise.created`: a log read from a snapshot does not begin with it, and every heading needs it. */
  created: ExerciseEvent | undefined;
}

function assemble(
  store: EventStore,
  content: LoadedContent,
  state: EngineState,
  events: ExerciseEvent[],
  snapshotEvery: number | undefined,
  created?: ExerciseEvent,
): EngineParts {
  const roles = exerciseRoles(content.playbook, content.scenario);
  const log = new EngineLog(events);
  const writer = new EngineWriter(store, content, roles, log, state, snapshotInterval(snapshotEvery));
  return { content, roles, log, writer, created: created ?? events[0] };
}

/** Create an exercise: log `exercise.created` with its content, and start the mechanisms. */
export async function createExerciseParts(store: EventStore, options: CreateExercise): Promise<EngineParts> {
  const { content } = options;
  const { scenario, playbook } = content;
  const created: ExerciseEvent = {
    v: EVENT_ENVELOPE_VERSION,
    seq: 1,
    exerciseId: options.exerciseId,
    type: 'exercise.created',
    scenarioMs: 0,
    wallMs: options.wallMs,
    commandId: null,
    actor: null,
    marking: null,
    audience: CONTROL_ONLY,
    payload: {
      name: options.name,
      seed: options.seed,
      date: scenario.start.date.slice(0, 10),
      start: scenario.start,
      exerciseMarking: options.exerciseMarking ?? 'EXERCISE',
      autoPlay: options.autoPlay ?? {},
      content: content.embedded,
    },
  };
  const state = stateAfterCreated(created, scenario);
  const parts = assemble(store, content, state, [], options.snapshotEvery, created);
  const core = parts.writer.core(options.wallMs);
  core.batch.push(created);
  for (const mechanism of playbook.mechanismsInForce(state.date)) {
    if (!mechanism.instanceKey) ensureActor(core, mechanism.id, null);
  }
  await parts.writer.commit(core.batch);
  return parts;
}

/**
 * Open an exercise from its latest snapshot and the events after it, and read the history before the
 * snapshot in the background, page by page (long logs keep a snapshot every SNAPSHOT_INTERVAL events or more). The
 * state is current at once, so the console can show it; commands and ticks wait until the log is whole,
 * because resends are recognised and station streams built from all of it. Listeners hear an empty batch
 * after each page.
 */
export async function openExerciseParts(store: EventStore, options: OpenExercise = {}): Promise<EngineParts> {
  const { snapshotEvery } = options;
  // Asked for together: the store reads the snapshot while the page takes in `exercise.created`.
  const [[first], snapshot] = await Promise.all([
    store.read(1, 1),
    store.lastSeq().then((lastSeq) => store.snapshotAtOrBefore(lastSeq)),
  ]);
  if (!first) throw new Error(`exercise ${store.exerciseId} has no events`);
  const content = contentOfCreated(first);
  const from = snapshot ? snapshotState(snapshot) : undefined;
  if (!from) {
    const events = await store.read(1);
    return assemble(store, content, replay(events, content), events, snapshotEvery);
  }
  const snapshotSeq = from.lastSeq;
  const tail = await store.read(snapshotSeq + 1);
  // The snapshot was read for this engine alone, so the fold may start from it without a copy (a copy of
  // a long exercise's state costs a tenth of a second); a failed write reads it again (the writer's refold).
  const state = replay(tail, content, from, { copy: false });
  const parts = assemble(store, content, state, tail, snapshotEvery, first);
  parts.log.partial = { loaded: 0, total: snapshotSeq };
  parts.log.historyReady = Promise.resolve(options.historyAfter).then(() =>
    readHistory(store, parts, snapshotSeq, options.pageSize ?? HISTORY_PAGE),
  );
  // A failed read is reported to whoever waits on the history: the next command or tick.
  parts.log.historyReady.catch(() => undefined);
  return parts;
}

async function readHistory(store: EventStore, parts: EngineParts, upTo: number, pageSize: number) {
  const { log } = parts;
  const history: ExerciseEvent[] = [];
  while (history.length < upTo) {
    const page = await store.read(history.length + 1, Math.min(upTo, history.length + pageSize));
    if (page.length === 0)
      throw new Error(`exercise ${store.exerciseId}: events ${history.length + 1}… are missing`);
    // Indexed page by page, so the last page does not stall the page that shows the console.
    history.push(...page);
    log.indexHistory(page, history.length);
    log.notify([]);
  }
  // A new array: role streams asked for while the log was partial start afresh on it, with the history.
  log.completeHistory(history);
  log.notify([]);
}

/**
 * The state right after event `seq` (the after-action review's "state at time T"): from the nearest
 * snapshot at or before it, then the events up to it. Reads no clock and validates nothing.
 */
export async function stateAt(store: EventStore, content: LoadedContent, seq: number): Promise<EngineState> {
  const snapshot = await store.snapshotAtOrBefore(seq);
  const from = snapshot ? snapshotState(snapshot) : undefined;
  // The snapshot was parsed for this call alone, so the fold may start from it without a copy.
  return replay(await store.read(from ? from.lastSeq + 1 : 1, seq), content, from, { copy: false });
}
