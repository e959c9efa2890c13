import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  BranchError,
  errorMessage,
  type ExerciseRecord,
  type JournalSeal,
  type KnownKey,
  type NewExerciseRequest,
  type SigningKeys,
  type OpenChannel,
  type SourceText,
  type Ticker,
} from '../core/index';
import { importKnownKey, readBundledPlaybook, signingKeys, syncFolder } from '../node-adapters/index';
import { deletedFolder, exerciseFiles } from './data-folder';
import { exerciseFolderNames, loadRecord } from './exercise-catalogue-files';
import { packageExercise, sealExercise, type ExercisePackage } from './exercise-package';
import appPackage from '../package.json' with { type: 'json' };
import { createExerciseIn } from './exercise-creation';
import type { ExerciseHostApi, RestoreResult } from './host-api';
import { branchExercise, type BranchRequest } from './branch-exercise';
import { adoptingRestored, openJournalStore, type OpenJournal } from './host-journal';
import { HostedExercise } from './hosted-exercise';
import { startIntervalTicker } from './interval-ticker';
import { acquireJournalLock } from './journal-lock';
import { restoreJournal, type RestoredJournal } from './restore-journal';

export interface ExerciseHostOptions {
  dataFolder: string;
  /** Station channels: the socket layer's bus (tests: core's inProcessTransport). */
  openChannel: OpenChannel;
  now?: () => number;
  /** Pulses each open exercise's live loop; default a Node interval timer. */
  ticker?: Ticker;
  newId?: () => string;
  /** The playbook the host ships with (default: the project's playbook/ folder). */
  playbookSources?: () => Promise<SourceText[]>;
  /** One line for the operator's terminal ("reopened X: clock resumed after 12 s"). */
  log?: (line: string) => void;
  /** Opens an exercise's journal (default node-adapters' JournalEventStore); tests hand in a failing one. */
  openJournal?: OpenJournal;
}

/** No exercise of that id is in the data folder. */
export class ExerciseNotFoundError extends Error {
  override readonly name = 'ExerciseNotFoundError';
}

const randomHex = () => randomBytes(8).toString('hex');

/**
 * The exercise host (docs/architecture.md §1, ADR 0004): the catalogue of one data folder and its open
 * exercises, each an engine over its journal. It imports no HTTP or socket code: the socket layer, the
 * desktop app's utility process and the tests all drive it through this class.
 */
export class ExerciseHost implements ExerciseHostApi {
  private readonly records = new Map<string, ExerciseRecord>();
  private readonly opening = new Map<string, Promise<HostedExercise>>();
  private readonly opened = new Map<string, HostedExercise>();
  private readonly listeners = new Set<() => void>();
  /** Catalogue changes run one at a time, so a delete never races the open or restore of the same id. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private reopening: Promise<void> = Promise.resolve();
  /** The journal restored last, its lines in hand until it is first opened (one at a time: bounded memory). */
  private restored: RestoredJournal | null = null;
  private readonly now: () => number;
  private readonly log: (line: string) => void;

  private constructor(private readonly options: ExerciseHostOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? (() => undefined);
  }

  /**
   * Create the data folder if needed and list its exercises; those whose clock was running are reopened in
   * the background (`whenReopened`), so a long journal does not hold up the host's start: a console or a
   * station that asks for one meanwhile waits for the same opening.
   */
  static async start(options: ExerciseHostOptions): Promise<ExerciseHost> {
    const host = new ExerciseHost(options);
    await mkdir(options.dataFolder, { recursive: true });
    for (const exerciseId of await exerciseFolderNames(options.dataFolder)) {
      try {
        const record = await loadRecord(exerciseFiles(options.dataFolder, exerciseId), exerciseId);
        if (record) host.records.set(exerciseId, record);
      } catch (error) {
        host.log(`${exerciseId}: left out of the catalogue: ${errorMessage(error)}`);
      }
    }
    // The clock belongs to the room: it carries on whether or not a console is connected.
    const running = [...host.records.values()].filter((record) => record.status === 'running');
    host.reopening = Promise.all(
      running.map((record) =>
        host.open(record.exerciseId).then(
          () => undefined,
          (error: unknown) => host.log(`${record.exerciseId}: not reopened: ${errorMessage(error)}`),
        ),
      ),
    ).then(() => undefined);
    return host;
  }

  /** Resolves once every exercise whose clock was running at start is open again (or was logged as not). */
  whenReopened(): Promise<void> {
    return this.reopening;
  }

  get dataFolder(): string {
    return this.options.dataFolder;
  }

  async list(): Promise<ExerciseRecord[]> {
    return [...this.records.values()]
      .map((record) => this.opened.get(record.exerciseId)?.record ?? record)
      .sort((a, b) => b.createdWallMs - a.createdWallMs || a.exerciseId.localeCompare(b.exerciseId));
  }

  onCatalogueChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  create(input: NewExerciseRequest): Promise<ExerciseRecord> {
    return this.serialise(async () => {
      const record = await createExerciseIn(input, {
        dataFolder: this.dataFolder,
        now: this.now,
        newId: this.options.newId ?? randomHex,
        playbookSources: this.options.playbookSources ?? readBundledPlaybook,
        openJournal: this.journalOpener(),
      });
      this.records.set(record.exerciseId, record);
      this.notify();
      return record;
    });
  }

  delete(exerciseId: string): Promise<void> {
    return this.serialise(async () => {
      const files = this.filesOf(exerciseId);
      // Opening goes through the same queue, so an exercise is either open by now or not opening at all.
      await this.opened.get(exerciseId)?.close();
      this.opened.delete(exerciseId);
      this.opening.delete(exerciseId);
      if (this.restored?.exerciseId === exerciseId) this.restored = null;
      // Taking the lock proves no other host process is writing the journal we are about to move.
      const lock = await acquireJournalLock(files.lock, { now: this.now });
      const target = deletedFolder(this.dataFolder, exerciseId, this.now());
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await rename(files.folder, target);
      } catch (error) {
        await lock.release();
        throw error;
      }
      await unlink(path.join(target, path.basename(files.lock))).catch(() => undefined);
      await syncFolder(this.dataFolder);
      this.records.delete(exerciseId);
      this.notify();
    });
  }

  /** `journal`: the file's bytes as uploaded (or its text); decoded and checked line by line here. */
  restore(fileName: string, journal: string | Uint8Array): Promise<RestoreResult> {
    return this.serialise(async () => {
      const result = await restoreJournal(this.dataFolder, fileName, journal, {
        restored: (restored) => (this.restored = restored),
      });
      if (result.ok) {
        this.records.set(result.record.exerciseId, result.record);
        this.notify();
      }
      return result;
    });
  }

  /**
   * A what-if branch of an exercise after its event `atSeq`, as a new exercise (branch-exercise.ts); the
   * origin is opened to read its log and is otherwise untouched. Throws BranchError (a point it cannot
   * start from) or ExerciseNotFoundError.
   */
  async branch(exerciseId: string, request: BranchRequest): Promise<ExerciseRecord> {
    const origin = await this.open(exerciseId);
    const last = origin.events.at(-1)?.seq ?? 0;
    if (!Number.isSafeInteger(request.atSeq) || request.atSeq < 1 || request.atSeq > last)
      throw new BranchError(
        `event ${request.atSeq} is not in the log of ${origin.record.name} (it holds events 1 to ${last})`,
      );
    const prefix = await origin.readEvents(1, request.atSeq);
    return this.serialise(async () => {
      const record = await branchExercise({ record: origin.record, prefix }, request, {
        dataFolder: this.dataFolder,
        newId: this.options.newId ?? randomHex,
        now: this.now,
        actor: { role: 'excon', station: 'console', actingAs: null },
      });
      this.records.set(record.exerciseId, record);
      this.notify();
      return record;
    });
  }

  journalFile(exerciseId: string): string {
    return this.filesOf(exerciseId).journal;
  }

  packageOf(exerciseId: string): Promise<ExercisePackage> {
    this.filesOf(exerciseId);
    return packageExercise(this.dataFolder, exerciseId, { appVersion: appPackage.version });
  }

  sealOf(exerciseId: string, through?: number): Promise<JournalSeal> {
    this.filesOf(exerciseId);
    return sealExercise(this.dataFolder, exerciseId, through);
  }

  signingKeys(): Promise<SigningKeys> {
    return signingKeys(this.dataFolder);
  }

  importKey(keyText: string, label: string): Promise<KnownKey> {
    // One import at a time: each rewrites the list of known keys.
    return this.serialise(() => importKnownKey(this.dataFolder, keyText, label, new Date(this.now())));
  }

  open(exerciseId: string): Promise<HostedExercise> {
    const known = this.opening.get(exerciseId);
    if (known) return known;
    const opening = this.serialise(() => this.openNow(exerciseId));
    this.opening.set(exerciseId, opening);
    opening.catch(() => this.opening.delete(exerciseId));
    return opening;
  }

  isOpen(exerciseId: string): boolean {
    return this.opened.has(exerciseId);
  }

  /** Stop every exercise (stations hear host-offline), write their records, close journals, release locks. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    const all = [...this.opening.values()];
    this.opening.clear();
    this.opened.clear();
    await Promise.all(all.map((opening) => opening.then((hosted) => hosted.close()).catch(() => undefined)));
  }

  private async openNow(exerciseId: string): Promise<HostedExercise> {
    const files = this.filesOf(exerciseId);
    const hosted = await HostedExercise.open(exerciseId, {
      files,
      openChannel: this.options.openChannel,
      now: this.now,
      ticker: this.options.ticker ?? startIntervalTicker,
      newId: this.options.newId ?? randomHex,
      log: this.log,
      openJournal: this.firstOpenAfterRestore(exerciseId) ?? this.journalOpener(),
      record: this.records.get(exerciseId) ?? null,
      onRecord: (record) => {
        if (!this.records.has(exerciseId)) return;
        this.records.set(exerciseId, record);
        this.notify();
      },
    });
    this.opened.set(exerciseId, hosted);
    // Its status may have changed on opening (a restart logs clock.resumed): the list shows the log's.
    this.notify();
    return hosted;
  }

  private filesOf(exerciseId: string) {
    if (!this.records.has(exerciseId))
      throw new ExerciseNotFoundError(`exercise ${exerciseId} is not in the data folder ${this.dataFolder}`);
    return exerciseFiles(this.dataFolder, exerciseId);
  }

  private journalOpener(): OpenJournal {
    return this.options.openJournal ?? openJournalStore;
  }

  /** The exercise restored last, opened the first time with the lines the restore checked and wrote. */
  private firstOpenAfterRestore(exerciseId: string): OpenJournal | null {
    const restored = this.restored;
    if (restored?.exerciseId !== exerciseId || this.options.openJournal) return null;
    this.restored = null;
    return adoptingRestored(restored);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const guarded = () => {
      if (this.closed) return Promise.reject(new Error('the exercise host is closed'));
      return work();
    };
    const next = this.queue.then(guarded, guarded);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
