import {
  errorMessage,
  ExerciseEngine,
  LiveAgents,
  LiveLoop,
  StationHub,
  type CommandReply,
  type EngineRole,
  type EngineSnapshot,
  type ExerciseCommand,
  type ExerciseEvent,
  type ExerciseRecord,
  type OpenChannel,
  type StationAccessRecord,
  type StationCommandGate,
  type StationPresence,
  type Ticker,
} from '../core/index';
import type { ExerciseFiles } from './data-folder';
import { recordOfLog } from './exercise-catalogue-files';
import type { ConsoleCommand, HostedExerciseApi } from './host-api';
import type { HostJournal, OpenJournal } from './host-journal';
import { acquireJournalLock, type JournalLock } from './journal-lock';
import { RecordKeeper } from './record-keeper';
import { RestartResume } from './restart-resume';
import { AliveMarker } from './alive-marker';

/** How often the host leaves its sign of life while an exercise's clock runs. */
const ALIVE_EVERY_MS = 1_000;

export interface HostedExerciseDeps {
  files: ExerciseFiles;
  openChannel: OpenChannel;
  now: () => number;
  ticker: Ticker;
  newId: () => string;
  log: (line: string) => void;
  openJournal: OpenJournal;
  /** The record it was listed with (null: none on disk, it is made from the log). */
  record: ExerciseRecord | null;
  /** Its record reached the disk: the catalogue changed. */
  onRecord: (record: ExerciseRecord) => void;
}

/**
 * One open exercise in the host (docs/architecture.md §1): its journal under its lock, its engine, the
 * live loop that runs its clock and automated roles whether or not a console is connected, and the hub that
 * serves its stations. A damaged journal opens read-only; a failed write refuses that command, is shown as
 * the exercise's problem, and the loop carries on.
 */
export class HostedExercise implements HostedExerciseApi {
  private readonly statusListeners = new Set<() => void>();
  private readonly batchListeners = new Set<(batch: readonly ExerciseEvent[]) => void>();
  private readOnlyReason: string | null;
  private lastProblem: string | null;
  private loop: LiveLoop | null = null;
  private stopFollowing: () => void = () => undefined;
  private stopBeating: () => void = () => undefined;
  private closing: Promise<void> | null = null;
  private readonly hub: StationHub;
  private readonly keeper: RecordKeeper;
  private readonly restart: RestartResume;

  private constructor(
    private readonly engine: ExerciseEngine,
    private readonly store: HostJournal,
    private readonly lock: JournalLock,
    private readonly deps: HostedExerciseDeps,
    private readonly alive: AliveMarker,
    aliveUntilWallMs: number | null,
  ) {
    this.readOnlyReason = store.writeRefusal ?? null;
    this.lastProblem = this.readOnlyReason;
    const gate: StationCommandGate = (command, wallMs) => this.gate(command, wallMs);
    this.hub = new StationHub(engine, deps.openChannel, deps.now, gate);
    const { state } = engine;
    const record =
      deps.record ??
      recordOfLog({
        created: engine.events[0] as ExerciseEvent,
        content: engine.content,
        status: state.clock.status,
        eventCount: state.lastSeq,
        lastEventWallMs: state.lastWallMs,
      });
    this.restart = new RestartResume(engine, deps.now, aliveUntilWallMs, {
      resumed: (line) => deps.log(line),
      failed: (error) => this.fail(error),
    });
    this.keeper = new RecordKeeper(deps.files.record, record, {
      written: deps.onRecord,
      failed: (message) => deps.log(message),
    });
  }

  /** Take the journal's lock, open it and its engine, resume a running clock, and start serving. */
  static async open(exerciseId: string, deps: HostedExerciseDeps): Promise<HostedExercise> {
    const lock = await acquireJournalLock(deps.files.lock, { now: deps.now });
    let store: HostJournal | null = null;
    try {
      const opened = await deps.openJournal(deps.files.journal, exerciseId);
      store = opened.store;
      if (opened.recovery.tornSavedTo)
        deps.log(
          `reopened ${exerciseId}: an unfinished last line (a crash while writing) was moved to ${opened.recovery.tornSavedTo}`,
        );
      if ((await store.lastSeq()) === 0)
        throw new Error(`exercise ${exerciseId} has no readable events in ${deps.files.journal}`);
      const engine = await ExerciseEngine.open(store);
      const alive = new AliveMarker(deps.files.alive);
      const hosted = new HostedExercise(engine, store, lock, deps, alive, await alive.read());
      await hosted.serve();
      return hosted;
    } catch (error) {
      await store?.close().catch(() => undefined);
      await lock.release();
      throw error;
    }
  }

  get exerciseId(): string {
    return this.engine.state.exerciseId;
  }

  get roles(): ReadonlyMap<string, EngineRole> {
    return this.engine.roles;
  }

  get events(): readonly ExerciseEvent[] {
    return this.engine.events;
  }

  readEvents(from: number, to: number): Promise<ExerciseEvent[]> {
    const { events } = this.engine;
    const first = events[0]?.seq ?? Infinity;
    // The engine holds the whole log once opened; a log still being read before its snapshot is on disk.
    if (from >= first) return Promise.resolve(events.slice(from - first, Math.max(0, to - first + 1)));
    return this.store.read(from, to);
  }

  latestSnapshot(): Promise<EngineSnapshot | undefined> {
    // The snapshot of a batch is saved after the batch is in memory: none is ahead of `events`.
    return this.store.snapshotAtOrBefore(this.engine.events.at(-1)?.seq ?? 0);
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  get problem(): string | null {
    return this.lastProblem;
  }

  /** The catalogue's record of it, as of its last batch (the file may lag by a few seconds). */
  get record(): ExerciseRecord {
    return this.keeper.current;
  }

  subscribe(listener: (batch: readonly ExerciseEvent[]) => void): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  async execute(command: ConsoleCommand): Promise<CommandReply> {
    const reply = await this.gate(
      {
        commandId: command.commandId,
        type: command.type,
        issuedBy: { role: command.role ?? 'excon', station: 'console' },
        ...(command.actingAs ? { actingAs: command.actingAs } : {}),
        payload: command.payload,
      },
      this.deps.now(),
    );
    // The stations see a pause or a release at once, not at the next pulse.
    if (reply.ok) await this.loop?.catchUp();
    return reply;
  }

  async recordStationAccess(record: StationAccessRecord): Promise<void> {
    if (this.readOnlyReason !== null) throw new Error(this.readOnlyReason);
    if (this.closing) throw new Error(`exercise ${this.exerciseId} is being closed`);
    // After the restart's clock.resumed, like every write: the gap must not count as scenario time.
    if (!(await this.restart.done()))
      throw new Error(this.lastProblem ?? 'the exercise could not be resumed');
    try {
      await this.engine.recordStationAccess(record, this.deps.now());
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  presence(): StationPresence[] {
    return this.hub.presence();
  }

  onPresence(listener: () => void): () => void {
    return this.hub.onPresence(listener);
  }

  /** Stop the loop and the hub (stations hear host-offline), write the record, close the journal, unlock. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.stopBeating();
      if (this.loop) this.loop.stop();
      else this.hub.stop();
      this.stopFollowing();
      await this.store.close().catch((error: unknown) => this.fail(error));
      await this.keeper.flush();
      await this.lock.release();
    })();
    return this.closing;
  }

  /** Every command, the console's and the stations', comes through here: refused, or on disk, never thrown. */
  private async gate(command: ExerciseCommand, wallMs: number): Promise<CommandReply> {
    const refusal = (code: 'not-allowed' | 'not-now', reason: string): CommandReply => ({
      ok: false,
      commandId: command.commandId,
      code,
      reason,
    });
    if (this.readOnlyReason !== null) return refusal('not-allowed', this.readOnlyReason);
    if (this.closing) return refusal('not-now', `exercise ${this.exerciseId} is being closed`);
    if (!(await this.restart.done()))
      return refusal('not-now', `nothing of this command was recorded: ${this.lastProblem}`);
    try {
      return await this.engine.execute(command, wallMs);
    } catch (error) {
      this.fail(error);
      return refusal('not-now', `nothing of this command was recorded: ${errorMessage(error)}`);
    }
  }

  private async serve(): Promise<void> {
    const stopEngine = this.engine.subscribe((batch) => {
      if (batch.length === 0) return;
      const { state } = this.engine;
      this.keeper.update({
        status: state.clock.status,
        eventCount: state.lastSeq,
        lastEventWallMs: state.lastWallMs,
      });
      for (const listener of this.batchListeners) listener(batch);
    });
    this.stopFollowing = stopEngine;
    if (this.readOnly) {
      // Stations may still look at what was recorded before the damage; every command is refused.
      this.hub.start([...this.engine.roles.keys()]);
      return;
    }
    await this.restart.done();
    this.loop = new LiveLoop({
      engine: this.engine,
      now: this.deps.now,
      // No pulse before the restart's gap is logged: it would count the gap as scenario time.
      ticker: (pulse, everyMs) =>
        this.deps.ticker(async () => {
          if (await this.restart.done()) await pulse();
        }, everyMs),
      players: new LiveAgents(this.engine, this.engine.state.seed),
      hub: this.hub,
      control: {
        issuedBy: { role: 'excon', station: 'console' },
        newCommandId: () => `host-${this.deps.newId()}`,
      },
      onError: (error) => this.fail(error),
    });
    this.loop.start();
    this.stopBeating = this.deps.ticker(() => this.beat(), ALIVE_EVERY_MS);
  }

  /** The sign of life a restart resumes the clock from: only once this run's own restart is on disk. */
  private async beat(): Promise<void> {
    if (this.engine.state.clock.status !== 'running' || !(await this.restart.done())) return;
    await this.alive.beat(this.deps.now()).catch((error: unknown) => this.deps.log(errorMessage(error)));
  }

  /** A failed write or a refused jump: shown to the controller; a journal that closed itself is read-only. */
  private fail(error: unknown): void {
    const problem = errorMessage(error);
    const readOnly = this.store.writeRefusal ?? null;
    if (problem === this.lastProblem && readOnly === this.readOnlyReason) return;
    this.lastProblem = problem;
    if (readOnly !== null && this.readOnlyReason === null) {
      this.readOnlyReason = readOnly;
      // No more pulses against a journal that takes no writes; the stations keep what was recorded.
      this.loop?.stop();
      this.loop = null;
      this.stopBeating();
      if (!this.closing) this.hub.start([...this.engine.roles.keys()]);
    }
    this.deps.log(`${this.exerciseId}: ${problem}`);
    for (const listener of this.statusListeners) listener();
  }
}
