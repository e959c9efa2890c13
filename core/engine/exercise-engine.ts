import { errorMessage, type SourceText } from '../documents/index';
import type { CommandReply, EventStore, ExerciseCommand, ExerciseEvent } from '../ports/index';
import { EVENT_ENVELOPE_VERSION } from '../ports/index';
import { stateAfterCreated } from './apply-event';
import { scenarioTimeAt } from './clock';
import { advanceTo, nextDeadline } from './deadlines';
import { EngineCore } from './engine-core';
import { snapshotOf, type EngineState } from './engine-state';
import {
  describeProblems,
  embedContent,
  loadContent,
  type EmbeddedContent,
  type LoadedContent,
} from './exercise-content';
import { handleCommand } from './handle-command';
import { actorKey, ensureActor } from './mechanisms';
import { initialTransition } from 'xstate';
import { activeStatePaths } from '../playbook/index';
import { contentOfCreated, replay } from './replay';
import { snapshotState } from './state-migrations';
import { exerciseRoles, type EngineRole } from './roles';
import {
  mechanismViews,
  openDecisions,
  stationDecisions,
  type OpenDecision,
  type StationEvent,
  type StationView,
  type ExerciseHeading,
} from './station-view';
import { canRoleSee, CONTROL_ONLY } from './visibility';

export interface CreateExercise {
  exerciseId: string;
  name: string;
  seed: number;
  wallMs: number;
  playbook: readonly SourceText[];
  scenario: SourceText;
  /** Marking shown on every screen ("EXERCISE EXERCISE EXERCISE" banner). */
  exerciseMarking?: string;
  autoPlay?: Record<string, string>;
  /** Save a snapshot every this many events (default SNAPSHOT_INTERVAL). */
  snapshotEvery?: number;
}

export type EngineListener = (events: readonly ExerciseEvent[]) => void;

/** Save a snapshot every this many events, so replay to any point starts near it. */
export const SNAPSHOT_INTERVAL = 2000;

/** Events read per page of history after a quick open: the page stays responsive between pages. */
const HISTORY_PAGE = 2000;

/**
 * The one authoritative engine of an exercise: commands in, events out, state a fold of the log. It never
 * reads a clock: the host passes the wall time it read once per command or tick. Work is serialised:
 * a command is applied only after the previous batch is durable in the store.
 */
export class ExerciseEngine {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<EngineListener>();
  private log: ExerciseEvent[];
  /**
   * While the history before the opening snapshot is still being read: how far the reading got, of the
   * `total` events the opening snapshot covers (the log then holds only the events after it). Null once the
   * log is whole.
   */
  private partial: { loaded: number; total: number } | null = null;
  private historyReady: Promise<void> = Promise.resolve();
  /** Set when the state in memory could not be brought back to the log's: every later command fails. */
  private broken: Error | null = null;
  private readonly streams = new Map<string, number[]>();
  /**
   * Command id → first seq and count of the events it appended (contiguous), so a resend is applied once.
   * An index of the log, like the station streams, not engine state: snapshots stay small.
   */
  private readonly commandIndex = new Map<string, [number, number]>();
  private lastSnapshotSeq = 0;

  private constructor(
    private readonly store: EventStore,
    readonly content: LoadedContent,
    private current: EngineState,
    log: ExerciseEvent[],
    private readonly snapshotEvery: number,
    private readonly created: ExerciseEvent | undefined = log[0],
  ) {
    this.log = log;
    this.roles = exerciseRoles(content.playbook, content.scenario);
    for (const event of log) this.index(event);
    this.lastSnapshotSeq = current.lastSeq;
  }

  readonly roles: ReadonlyMap<string, EngineRole>;

  /** Create an exercise: validate the documents, log `exercise.created` with them, start the mechanisms. */
  static async create(store: EventStore, options: CreateExercise): Promise<ExerciseEngine> {
    const checked = embedContent(options.playbook, options.scenario);
    const loaded = loadContent(checked);
    if (!loaded.ok)
      throw new Error(
        `cannot create the exercise: ${loaded.problems.length} problems in its documents:\n${describeProblems(loaded.problems)}`,
      );
    const { scenario, playbook } = loaded.content;
    const embedded: EmbeddedContent = {
      playbook: { ...checked.playbook, documents: playbook.documents },
      scenario: { ...checked.scenario, document: scenario },
    };
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
        content: embedded,
      },
    };
    const state = stateAfterCreated(created, scenario);
    const engine = new ExerciseEngine(
      store,
      { ...loaded.content, embedded },
      state,
      [],
      options.snapshotEvery ?? SNAPSHOT_INTERVAL,
    );
    const core = engine.core(options.wallMs, null);
    core.batch.push(created);
    for (const mechanism of playbook.mechanismsInForce(state.date)) {
      if (!mechanism.instanceKey) ensureActor(core, mechanism.id, null);
    }
    await engine.commit(core.batch);
    return engine;
  }

  /** Open an exercise from its store with its whole log read (the CLI, tests, a read-only follower). */
  static async open(store: EventStore, options: { snapshotEvery?: number } = {}): Promise<ExerciseEngine> {
    const engine = await ExerciseEngine.openQuickly(store, options);
    await engine.historyReady;
    return engine;
  }

  /**
   * Open an exercise from its latest snapshot and the events after it, and read the history before the
   * snapshot in the background, page by page (ARCHITECTURE.md §3: long logs keep periodic snapshots). The
   * state is current at once, so the console can show it; commands and ticks wait until the log is whole,
   * because resends are recognised and station streams built from all of it. `historyProgress()` says how
   * far the reading got; listeners hear an empty batch after each page.
   */
  static async openQuickly(
    store: EventStore,
    options: {
      snapshotEvery?: number;
      pageSize?: number;
      /**
       * When to start reading the history. The console passes "after the next paint": reading a page
       * takes the main thread, and the first view of the exercise should not wait for it.
       */
      historyAfter?: Promise<unknown>;
    } = {},
  ): Promise<ExerciseEngine> {
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
      const state = replay(events, content);
      return new ExerciseEngine(store, content, state, events, options.snapshotEvery ?? SNAPSHOT_INTERVAL);
    }
    const snapshotSeq = from.lastSeq;
    const tail = await store.read(snapshotSeq + 1);
    // The snapshot was read for this engine alone, so the fold may start from it without a copy (a copy of
    // a long exercise's state costs a tenth of a second); a failed write reads it again (`refold`).
    const state = replay(tail, content, from, { copy: false });
    const engine = new ExerciseEngine(
      store,
      content,
      state,
      tail,
      options.snapshotEvery ?? SNAPSHOT_INTERVAL,
      first,
    );
    engine.partial = { loaded: 0, total: snapshotSeq };
    engine.historyReady = Promise.resolve(options.historyAfter).then(() =>
      engine.readHistory(snapshotSeq, options.pageSize ?? HISTORY_PAGE),
    );
    // A failed read is reported to whoever waits on the history: the next command or tick.
    engine.historyReady.catch(() => undefined);
    return engine;
  }

  /** How much of the log before the opening snapshot has been read; null when the log is whole. */
  historyProgress(): { loaded: number; total: number } | null {
    return this.partial ? { loaded: this.partial.loaded, total: this.partial.total } : null;
  }

  /** Resolves when the whole log is in memory (at once for an engine that was not opened quickly). */
  whenHistoryLoaded(): Promise<void> {
    return this.historyReady;
  }

  private async readHistory(upTo: number, pageSize: number): Promise<void> {
    const history: ExerciseEvent[] = [];
    while (history.length < upTo) {
      const page = await this.store.read(history.length + 1, Math.min(upTo, history.length + pageSize));
      if (page.length === 0)
        throw new Error(`exercise ${this.store.exerciseId}: events ${history.length + 1}… are missing`);
      // Indexed page by page, so the last page does not stall the page that shows the console.
      for (const event of page) {
        history.push(event);
        this.index(event);
      }
      (this.partial as { loaded: number }).loaded = history.length;
      for (const listener of this.listeners) listener([]);
    }
    // Events appended meanwhile (the restart's clock.resumed) are already in the log, after the history.
    this.log = history.concat(this.log);
    // A stream asked for while the log was partial would miss its history: build it again when asked.
    this.streams.clear();
    this.partial = null;
    for (const listener of this.listeners) listener([]);
  }

  /**
   * The state right after event `seq` (the after-action review's "state at time T"): from the nearest
   * snapshot at or before it, then the events up to it. Reads no clock and validates nothing.
   */
  static async stateAt(store: EventStore, content: LoadedContent, seq: number): Promise<EngineState> {
    const snapshot = await store.snapshotAtOrBefore(seq);
    const from = snapshot ? snapshotState(snapshot) : undefined;
    // The snapshot was parsed for this call alone, so the fold may start from it without a copy.
    return replay(await store.read(from ? from.lastSeq + 1 : 1, seq), content, from, { copy: false });
  }

  get state(): Readonly<EngineState> {
    return this.current;
  }

  get events(): readonly ExerciseEvent[] {
    return this.log;
  }

  /** Scenario time now, by the clock fold, for a wall time the host read. */
  scenarioTimeAt(wallMs: number): number {
    return Math.max(this.current.lastScenarioMs, scenarioTimeAt(this.current.clock, wallMs));
  }

  nextDeadlineMs(): number | null {
    return nextDeadline(this.current)?.dueMs ?? null;
  }

  subscribe(listener: EngineListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Apply a command. A resent command id gets the first answer again and appends nothing. */
  execute(command: ExerciseCommand, wallMs: number): Promise<CommandReply> {
    return this.serialise(async () => {
      await this.historyReady;
      const seen = this.commandIndex.get(command.commandId);
      if (seen)
        return {
          ok: true,
          commandId: command.commandId,
          seqs: this.commandSeqs(command.commandId) ?? [],
          duplicate: true,
        } as const;
      const core = this.core(wallMs, null);
      advanceTo(core, this.scenarioTimeAt(wallMs));
      core.command = command;
      const rejection = handleCommand(core, command);
      if (rejection) {
        // Deadlines that fell due before the command still happened: keep them, drop nothing.
        const due = core.batch.filter((event) => event.commandId === null);
        await this.rollback(core, due);
        await this.commit(due);
        return { ok: false, commandId: command.commandId, ...rejection } as const;
      }
      await this.commit(core.batch);
      const seqs = core.batch
        .filter((event) => event.commandId === command.commandId)
        .map((event) => event.seq);
      return { ok: true, commandId: command.commandId, seqs } as const;
    });
  }

  /** Fire what has fallen due by this wall time (a late tick catches up in order). */
  tick(wallMs: number): Promise<readonly ExerciseEvent[]> {
    return this.serialise(async () => {
      await this.historyReady;
      const core = this.core(wallMs, null);
      advanceTo(core, this.scenarioTimeAt(wallMs));
      await this.commit(core.batch);
      return core.batch;
    });
  }

  /**
   * After a restart: the clock was running when the engine stopped, so log `clock.resumed` with the gap;
   * scenario time does not advance across it.
   */
  resumeAfterRestart(wallMs: number): Promise<readonly ExerciseEvent[]> {
    return this.serialise(async () => {
      if (this.current.clock.status !== 'running') return [];
      const core = this.core(wallMs, null);
      core.emit(
        'clock.resumed',
        { gapMs: Math.max(0, wallMs - this.current.lastWallMs), afterRestart: true },
        { audience: ['players', 'control', 'evaluation'], actor: null },
      );
      await this.commit(core.batch);
      return core.batch;
    });
  }

  /** How many events a role's stream holds (its last stream number). */
  streamLength(roleId: string): number {
    return this.roles.has(roleId) ? this.streamOf(roleId).length : 0;
  }

  /** What a role's station holds, from stream number `since` on. */
  stationView(roleId: string, since = 0): StationView {
    const role = this.roles.get(roleId);
    if (!role) throw new Error(`role ${roleId} is not in this exercise`);
    const stream = this.streamOf(roleId);
    const events: StationEvent[] = stream.slice(since).map((seq, index) => {
      const { seq: _global, ...rest } = this.log[seq - 1] as ExerciseEvent;
      return { ...rest, streamSeq: since + index + 1 };
    });
    return {
      exerciseId: this.current.exerciseId,
      role: roleId,
      streamSeq: stream.length,
      events,
      mechanisms: mechanismViews(this.content, this.current, role),
      openDecisions: stationDecisions(this.content, this.current, role),
      clock: { status: this.current.clock.status, scenarioMs: this.current.lastScenarioMs },
      exercise: this.heading(),
    };
  }

  /** The exercise's name, marking and in-world start, from `exercise.created`. */
  heading(): ExerciseHeading {
    const created = (this.created?.payload ?? this.log[0]?.payload ?? {}) as {
      name?: string;
      exerciseMarking?: string;
    };
    const { scenario } = this.content;
    return {
      name: created.name ?? this.current.exerciseId,
      marking: created.exerciseMarking ?? 'EXERCISE',
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      start: { date: scenario.start.date, timeZone: scenario.start.timeZone },
      noPlay: this.current.noPlay,
    };
  }

  /** The decisions a role may take now (its station's list). */
  openDecisions(roleId: string): OpenDecision[] {
    const role = this.roles.get(roleId);
    return role ? openDecisions(this.content, this.current, role) : [];
  }

  /** Active state paths of a mechanism or case; its initial states when it has not started yet. */
  activePaths(machine: string, instance: string | null): string[] {
    const actor = this.current.actors[actorKey(machine, instance)];
    if (actor) return activeStatePaths(actor.value);
    const [snapshot] = initialTransition(this.content.playbook.machine(machine, this.current.date), {
      instance,
    });
    return activeStatePaths(snapshot.value);
  }

  private core(wallMs: number, command: ExerciseCommand | null): EngineCore {
    return new EngineCore(
      this.current,
      this.content.playbook,
      this.content.scenario,
      this.roles,
      wallMs,
      command,
    );
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const guarded = () => {
      if (this.broken) return Promise.reject(this.broken);
      return work();
    };
    const next = this.queue.then(guarded, guarded);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Undo a refused command's partial work: rebuild state from the log plus the events that stay. */
  private async rollback(core: EngineCore, keep: readonly ExerciseEvent[]): Promise<void> {
    if (core.batch.length === keep.length) return;
    this.current = await this.refold(keep);
  }

  /**
   * The state the stored log (plus `extra`) folds to. While the history is loading the log starts after
   * the opening snapshot, so the fold starts from that snapshot, read again from the store.
   */
  private async refold(extra: readonly ExerciseEvent[] = []): Promise<EngineState> {
    const events = [...this.log, ...extra];
    if (!this.partial) return replay(events, this.content);
    const snapshot = await this.store.snapshotAtOrBefore(this.partial.total);
    if (snapshot?.seq !== this.partial.total)
      throw new Error(
        `exercise ${this.store.exerciseId}: the snapshot at event ${this.partial.total} is gone`,
      );
    return replay(events, this.content, snapshotState(snapshot), { copy: false });
  }

  private async commit(batch: readonly ExerciseEvent[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      await this.store.append(batch);
    } catch (error) {
      // Nothing of the batch is recorded: return to the state the store holds, and say so.
      try {
        this.current = await this.refold();
      } catch (refoldError) {
        // The state in memory no longer matches the log: nothing more may be appended from it.
        this.broken = new Error(
          `exercise ${this.store.exerciseId} stopped: a write failed (${errorMessage(error)}) and the stored state could not be read back (${errorMessage(refoldError)}); open the exercise again`,
        );
        throw this.broken;
      }
      throw error;
    }
    for (const event of batch) {
      this.log.push(event);
      this.index(event);
    }
    if (this.current.lastSeq - this.lastSnapshotSeq >= this.snapshotEvery) {
      this.lastSnapshotSeq = this.current.lastSeq;
      await this.store.saveSnapshot(snapshotOf(this.current));
    }
    for (const listener of this.listeners) listener(batch);
  }

  /** The seqs a command appended, or undefined when the engine has not applied it. */
  commandSeqs(commandId: string): number[] | undefined {
    const seen = this.commandIndex.get(commandId);
    return seen ? Array.from({ length: seen[1] }, (_, index) => seen[0] + index) : undefined;
  }

  private index(event: ExerciseEvent): void {
    if (event.commandId !== null) {
      const applied = this.commandIndex.get(event.commandId);
      if (applied) applied[1] += 1;
      else this.commandIndex.set(event.commandId, [event.seq, 1]);
    }
    // Only the streams someone asked for are kept up to date; the others are built when first asked for.
    for (const [roleId, stream] of this.streams) {
      const role = this.roles.get(roleId) as EngineRole;
      if (canRoleSee(this.content.playbook, role, event)) stream.push(event.seq);
    }
  }

  /**
   * A role's stream (the global seqs it may see, in order), built on first use by one pass over the log:
   * opening a 100,000-event exercise then costs nothing for the fifty roles nobody plays at a station.
   */
  private streamOf(roleId: string): number[] {
    let stream = this.streams.get(roleId);
    if (stream) return stream;
    const role = this.roles.get(roleId) as EngineRole;
    stream = [];
    for (const event of this.log) if (canRoleSee(this.content.playbook, role, event)) stream.push(event.seq);
    this.streams.set(roleId, stream);
    return stream;
  }
}
