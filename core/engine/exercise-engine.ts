import type { StationAccessRecord } from '../events/index';
import type { CommandReply, EventStore, ExerciseCommand, ExerciseEvent } from '../ports/index';
import { nextDeadline } from './deadlines';
import type { EngineListener, EngineLog, HistoryProgress } from './engine-log';
import type { EngineState } from './engine-state';
import type { EngineWriter } from './engine-writer';
import type { LoadedContent } from './exercise-content';
import {
  createExerciseParts,
  openExerciseParts,
  stateAt,
  type CreateExercise,
  type EngineParts,
  type OpenExercise,
} from './exercise-opening';
import type { EngineRole } from './roles';
import { headingOf, stationUpdateOf, stationViewOf, streamLengthOf } from './station-streams';
import type { ExerciseHeading, OpenDecision, StationView, StationViewUpdate } from './station-view';
import { activePathsOf, openDecisionsOf, scenarioTimeOf } from './view-queries';

/**
 * The one authoritative engine of an exercise: commands in, events out, state a fold of the log. Made of
 * the log in memory (`EngineLog`) and its one writer (`EngineWriter`: commands, ticks, commits); opening and
 * creating are in `exercise-opening.ts`, the role streams in `station-streams.ts`. What it answers of its
 * state is core's pure queries, the same a console with a copy of the log computes. It never reads a clock.
 */
export class ExerciseEngine {
  readonly content: LoadedContent;
  readonly roles: ReadonlyMap<string, EngineRole>;
  private readonly log: EngineLog;
  private readonly writer: EngineWriter;
  private readonly created: ExerciseEvent | undefined;

  private constructor(parts: EngineParts) {
    this.content = parts.content;
    this.roles = parts.roles;
    this.log = parts.log;
    this.writer = parts.writer;
    this.created = parts.created;
  }

  /** Create an exercise: log `exercise.created` with its loaded content, start the mechanisms. */
  static async create(store: EventStore, options: CreateExercise): Promise<ExerciseEngine> {
    return new ExerciseEngine(await createExerciseParts(store, options));
  }

  /** Open an exercise from its store with its whole log read (the CLI, tests, a read-only follower). */
  static async open(store: EventStore, options: { snapshotEvery?: number } = {}): Promise<ExerciseEngine> {
    const engine = await ExerciseEngine.openQuickly(store, options);
    await engine.whenHistoryLoaded();
    return engine;
  }

  /**
   * Open an exercise from its latest snapshot and the events after it; the history before the snapshot
   * is read in the background (`historyProgress`, `whenHistoryLoaded`). See `openExerciseParts`.
   */
  static async openQuickly(store: EventStore, options: OpenExercise = {}): Promise<ExerciseEngine> {
    return new ExerciseEngine(await openExerciseParts(store, options));
  }

  /** The state right after event `seq`, from the nearest snapshot (the after-action review's "state at T"). */
  static stateAt(store: EventStore, content: LoadedContent, seq: number): Promise<EngineState> {
    return stateAt(store, content, seq);
  }

  get state(): Readonly<EngineState> {
    return this.writer.state;
  }

  get events(): readonly ExerciseEvent[] {
    return this.log.events;
  }

  /** How much of the log before the opening snapshot has been read; null when the log is whole. */
  historyProgress(): HistoryProgress | null {
    const { partial } = this.log;
    return partial ? { loaded: partial.loaded, total: partial.total } : null;
  }

  /** Resolves when the whole log is in memory (at once for an engine that was not opened quickly). */
  whenHistoryLoaded(): Promise<void> {
    return this.log.historyReady;
  }

  /** Scenario time now, by the clock fold, for a wall time the host read. */
  scenarioTimeAt(wallMs: number): number {
    return scenarioTimeOf(this.state, wallMs);
  }

  nextDeadlineMs(): number | null {
    return nextDeadline(this.state)?.dueMs ?? null;
  }

  subscribe(listener: EngineListener): () => void {
    return this.log.subscribe(listener);
  }

  /** Apply a command. A resent command id gets the first answer again and appends nothing. */
  execute(command: ExerciseCommand, wallMs: number): Promise<CommandReply> {
    return this.writer.execute(command, wallMs);
  }

  /** Fire what has fallen due by this wall time (a late tick catches up in order). */
  tick(wallMs: number): Promise<readonly ExerciseEvent[]> {
    return this.writer.tick(wallMs);
  }

  /**
   * After a restart with the clock running: log `clock.resumed` with the gap, which does not count. The gap
   * starts at `aliveUntilWallMs`, the host's last sign of life, when it knows one; else at the last event.
   */
  resumeAfterRestart(wallMs: number, aliveUntilWallMs?: number): Promise<readonly ExerciseEvent[]> {
    return this.writer.resumeAfterRestart(wallMs, aliveUntilWallMs);
  }

  /** Who joined which role, a revocation or a new code, recorded by the host (issue 20). */
  recordStationAccess(record: StationAccessRecord, wallMs: number): Promise<readonly ExerciseEvent[]> {
    return this.writer.recordStationAccess(record, wallMs);
  }

  /** The seqs a command appended, or undefined when the engine has not applied it. */
  commandSeqs(commandId: string): number[] | undefined {
    return this.log.commandSeqs(commandId);
  }

  /** How many events a role's stream holds (its last stream number). */
  streamLength(roleId: string): number {
    return streamLengthOf(this, roleId);
  }

  /** What a role's station holds, from stream number `since` on. */
  stationView(roleId: string, since = 0): StationView {
    const { content, state, events, roles } = this;
    return stationViewOf({ content, state, events, roles, heading: this.heading() }, roleId, since);
  }

  /** A push's view of a role's stream from `since` on: with mechanisms and open decisions when `shape`. */
  stationUpdate(roleId: string, since: number, options: { shape: boolean }): StationViewUpdate {
    const { content, state, events, roles } = this;
    return stationUpdateOf(
      { content, state, events, roles, heading: this.heading() },
      roleId,
      since,
      options,
    );
  }

  /** The exercise's name, marking and in-world start, from `exercise.created`. */
  heading(): ExerciseHeading {
    return headingOf(this.content, this.state, this.created);
  }

  /** The decisions a role may take now (its station's list). */
  openDecisions(roleId: string): OpenDecision[] {
    return openDecisionsOf(this.content, this.state, this.roles, roleId);
  }

  /** Active state paths of a mechanism or case; its initial states when it has not started yet. */
  activePaths(machine: string, instance: string | null): string[] {
    return activePathsOf(this.content, this.state, machine, instance);
  }
}
