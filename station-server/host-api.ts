import type {
  CommandReply,
  ConsoleCommand,
  EngineRole,
  EngineSnapshot,
  ExerciseEvent,
  ExerciseRecord,
  JournalSeal,
  KnownKey,
  NewExerciseRequest,
  RestoreResult,
  StationAccessRecord,
  SigningKeys,
  StationPresence,
} from '../core/index';
import type { ExercisePackage } from './exercise-package';

/**
 * What the exercise host offers the network layer, the desktop shell and the tests (docs/architecture.md §1):
 * the catalogue of a data folder and its open exercises. The host imports no HTTP or socket code, so the
 * desktop app can run it in a utility process; the socket layer (socket-server.ts) speaks to it through this.
 */
export interface ExerciseHostApi {
  /** Where the journals are: `--data DIR` or the per-user default. */
  readonly dataFolder: string;
  /** Every exercise in the data folder, newest first. */
  list(): Promise<ExerciseRecord[]>;
  /** Called when an exercise is created, deleted or restored, or its status or size changes. */
  onCatalogueChange(listener: () => void): () => void;
  /** Throws CatalogueError whose message names the document, line and field at fault. */
  create(input: NewExerciseRequest): Promise<ExerciseRecord>;
  /** Stops the exercise if it is open and moves its folder aside (never removed: recoverable by hand). */
  delete(exerciseId: string): Promise<void>;
  /**
   * A journal file chosen by the user, as its bytes (the upload) or its text: checked line by line, never
   * trusted, never overwriting an exercise.
   */
  restore(fileName: string, journal: string | Uint8Array): Promise<RestoreResult>;
  /**
   * A what-if branch after the exercise's event `atSeq`, as a new exercise that plays on from the state there
   * (issue 23); throws BranchError (with the controller's words) or ExerciseNotFoundError.
   */
  branch(exerciseId: string, request: { atSeq: number; name: string }): Promise<ExerciseRecord>;
  /** The journal's path, for its download; throws ExerciseNotFoundError for an unknown id. */
  journalFile(exerciseId: string): string;
  /**
   * The exercise as one file signed by this host (issue 25), for a backup: its journal's whole lines, chained
   * and signed; nothing else from its folder. Throws ExerciseNotFoundError for an unknown id.
   */
  packageOf(exerciseId: string): Promise<ExercisePackage>;
  /**
   * The head of the exercise's journal chain after `through` lines (all of them when absent) and the key that
   * signs this host's packages: shown at ENDEX, printed on the report. Throws ExerciseNotFoundError.
   */
  sealOf(exerciseId: string, through?: number): Promise<JournalSeal>;
  /** This host's signing key and the partner keys the controller imported. */
  signingKeys(): Promise<SigningKeys>;
  /** A partner's public key (its key file's text) known from now on; throws with the reason it is not one. */
  importKey(keyText: string, label: string): Promise<KnownKey>;
  /** Opens the exercise once (concurrent calls share it); throws ExerciseNotFoundError or JournalLockedError. */
  open(exerciseId: string): Promise<HostedExerciseApi>;
  isOpen(exerciseId: string): boolean;
  /** Stops every live loop and station hub, closes the journals and releases their locks. */
  close(): Promise<void>;
}

// The wire shapes the page and the host share (core/stations/console-protocol.ts), for the host's modules.
export type { ConsoleCommand, RestoreResult };

/** One open exercise: its engine, journal, live loop and station hub, seen from outside. */
export interface HostedExerciseApi {
  readonly exerciseId: string;
  readonly roles: ReadonlyMap<string, EngineRole>;
  /** The log as recorded on disk, oldest first. */
  readonly events: readonly ExerciseEvent[];
  /**
   * Events `from`…`to` as recorded, oldest first (fewer when the journal ends sooner): from memory when the
   * engine holds them, else read from the journal.
   */
  readEvents(from: number, to: number): Promise<ExerciseEvent[]>;
  /**
   * The latest snapshot the journal holds at or before the last event in `events` (none for a short log), for
   * a console that opens far behind: the state at once, without the whole log.
   */
  latestSnapshot(): Promise<EngineSnapshot | undefined>;
  /** A damaged journal, or a store that refuses writes: every command is refused; `problem` says why. */
  readonly readOnly: boolean;
  /** The last failure the controller must see (a failed write, a damaged journal), or null. */
  readonly problem: string | null;
  /** Durable batches only (after the fsync), in seq order; never an empty batch. */
  subscribe(listener: (batch: readonly ExerciseEvent[]) => void): () => void;
  /** `readOnly` or `problem` changed. */
  onStatus(listener: () => void): () => void;
  execute(command: ConsoleCommand): Promise<CommandReply>;
  /** Who joined which role, a revocation, a new code: into the journal (throws when it cannot be written). */
  recordStationAccess(record: StationAccessRecord): Promise<void>;
  presence(): StationPresence[];
  onPresence(listener: () => void): () => void;
}
