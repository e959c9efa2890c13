import { errorMessage } from '../documents/index';
import type { EventPayload, StationAccessEventType, StationAccessRecord } from '../events/index';
import type { CommandReply, EventStore, ExerciseCommand, ExerciseEvent } from '../ports/index';
import { advanceTo } from './deadlines';
import { EngineCore } from './engine-core';
import type { EngineLog } from './engine-log';
import { snapshotOf, type EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import { handleCommand } from './handle-command';
import { replay } from './replay';
import type { EngineRole } from './roles';
import { nextSnapshotSeq, type SnapshotInterval } from './snapshot-interval';
import { snapshotState } from './state-migrations';
import { scenarioTimeOf } from './view-queries';

/**
 * The one writer of an exercise's log: applies commands and ticks to the state and commits their batches
 * to the store. It never reads a clock: the host passes the wall time it read once per command or tick.
 * Work is serialised: a command is applied only after the previous batch is durable in the store.
 */
export class EngineWriter {
  private queue: Promise<unknown> = Promise.resolve();
  /** Set when the state in memory could not be brought back to the log's: every later command fails. */
  private broken: Error | null = null;
  private lastSnapshotSeq: number;
  /** Set once the interval's minimum has passed: the seq from which the next snapshot is saved. */
  private snapshotDueSeq: number | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly content: LoadedContent,
    private readonly roles: ReadonlyMap<string, EngineRole>,
    private readonly log: EngineLog,
    private current: EngineState,
    /** How often to save a snapshot, so replay to any point starts near it. */
    private readonly snapshots: SnapshotInterval,
  ) {
    this.lastSnapshotSeq = current.lastSeq;
  }

  get state(): Readonly<EngineState> {
    return this.current;
  }

  /** Scenario time now, by the clock fold, for a wall time the host read. */
  scenarioTimeAt(wallMs: number): number {
    return scenarioTimeOf(this.current, wallMs);
  }

  /** Apply a command. A resent command id gets the first answer again and appends nothing. */
  execute(command: ExerciseCommand, wallMs: number): Promise<CommandReply> {
    return this.serialise(async () => {
      await this.log.historyReady;
      const seen = this.log.commandSeqs(command.commandId);
      if (seen) return { ok: true, commandId: command.commandId, seqs: seen, duplicate: true } as const;
      const core = this.core(wallMs);
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
      await this.log.historyReady;
      const core = this.core(wallMs);
      advanceTo(core, this.scenarioTimeAt(wallMs));
      await this.commit(core.batch);
      return core.batch;
    });
  }

  /**
   * After a restart: the clock was running when the engine stopped, so log `clock.resumed` with the gap;
   * scenario time does not advance across it. `aliveUntilWallMs` is the host's last sign of life before it
   * stopped (ADR 0004 §7): scenario time ran until then and what fell due by then happened, so the clock
   * resumes where the stations last saw it, not at the last event. Without it the gap starts at the last event.
   */
  resumeAfterRestart(wallMs: number, aliveUntilWallMs?: number): Promise<readonly ExerciseEvent[]> {
    return this.serialise(async () => {
      if (this.current.clock.status !== 'running') return [];
      const lastWallMs = this.current.lastWallMs;
      const aliveUntil = Math.min(wallMs, Math.max(lastWallMs, aliveUntilWallMs ?? lastWallMs));
      const core = this.core(wallMs);
      advanceTo(core, this.scenarioTimeAt(aliveUntil));
      core.emit(
        'clock.resumed',
        { gapMs: Math.max(0, wallMs - aliveUntil), afterRestart: true },
        { audience: ['players', 'control', 'evaluation'], actor: null },
      );
      await this.commit(core.batch);
      return core.batch;
    });
  }

  /**
   * Record who joined which role, a revocation or a new code (issue 20): the host's own event, after what fell
   * due by this wall time, in every clock status (an evaluator joins for the hot wash after ENDEX).
   */
  recordStationAccess(record: StationAccessRecord, wallMs: number): Promise<readonly ExerciseEvent[]> {
    return this.serialise(async () => {
      await this.log.historyReady;
      const core = this.core(wallMs);
      advanceTo(core, this.scenarioTimeAt(wallMs));
      emitRecord(core, record);
      await this.commit(core.batch);
      return core.batch;
    });
  }

  /** One unit of work on the state at this wall time; its batch is stored by `commit`. */
  core(wallMs: number): EngineCore {
    return new EngineCore(
      this.current,
      this.content.playbook,
      this.content.scenario,
      this.roles,
      wallMs,
      null,
    );
  }

  /** Store a batch, then add it to the log in memory, snapshot when due, and tell the listeners. */
  async commit(batch: readonly ExerciseEvent[]): Promise<void> {
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
    this.log.append(batch);
    this.log.notify(batch);
    if (this.snapshotDueSeq === null && this.current.lastSeq - this.lastSnapshotSeq >= this.snapshots.every)
      this.snapshotDueSeq = nextSnapshotSeq(this.snapshots, this.lastSnapshotSeq, this.current);
    if (this.snapshotDueSeq !== null && this.current.lastSeq >= this.snapshotDueSeq) {
      this.lastSnapshotSeq = this.current.lastSeq;
      this.snapshotDueSeq = null;
      // Copied now (the state changes with the next commit), written while commands go on: a snapshot of a
      // long exercise is megabytes to write and sync, and no command waits for it (the store writes its
      // snapshots in order, and closing it waits for them). Snapshots are derivable from the log: one that
      // fails to be written costs the next opening a longer replay.
      void this.store.saveSnapshot(snapshotOf(this.current)).catch(() => undefined);
    }
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
    const events = [...this.log.events, ...extra];
    const { partial } = this.log;
    if (!partial) return replay(events, this.content);
    const snapshot = await this.store.snapshotAtOrBefore(partial.total);
    if (snapshot?.seq !== partial.total)
      throw new Error(`exercise ${this.store.exerciseId}: the snapshot at event ${partial.total} is gone`);
    return replay(events, this.content, snapshotState(snapshot), { copy: false });
  }
}

/** Who sits where is control material: players never see another station's arrival. */
function emitRecord<K extends StationAccessEventType>(
  core: EngineCore,
  record: { type: K; payload: EventPayload<K> },
): void {
  core.emit(record.type, record.payload, { audience: ['control', 'evaluation'], actor: null });
}
