import {
  activePathsOf,
  contentOfCreated,
  errorMessage,
  exerciseRoles,
  foldFrom,
  headingOf,
  openDecisionsOf,
  scenarioTimeOf,
  stationViewOf,
  streamLengthOf,
  type CommandInput,
  type CommandReply,
  type CommandType,
  type EngineRole,
  type EngineState,
  type ExerciseEvent,
  type ExerciseView,
  type HistoryProgress,
  type LoadedContent,
  type StationPresence,
  type ViewedExercise,
} from '../../core/index';
import type { ConsoleCommand, ExerciseMessage } from './console-connection';
import { randomId } from './random-id';

/** What the console shows while its connection to the host is down; it clears by itself on reconnect. */
export const HOST_UNREACHABLE = 'the exercise host is not reachable: reconnecting…';

interface Loaded {
  content: LoadedContent;
  roles: ReadonlyMap<string, EngineRole>;
  created: ExerciseEvent;
  fold: ReturnType<typeof foldFrom>;
}

export interface RemoteExerciseOptions {
  /** Sends a console command to the host; resolves with the engine's reply. */
  sendCommand: (command: ConsoleCommand) => Promise<CommandReply>;
  /** Ask the host again for the log after the last `seq` held (a batch arrived after a gap). */
  resync: () => void;
  newId?: () => string;
}

/**
 * The console's copy of an exercise the host runs (docs/architecture.md §7), fed the journal's lines as the
 * host sends them: the content from `exercise.created` (the host is trusted as far as the events it
 * recorded), the state folded event by event with the engine's own fold, and every query answered by the
 * pure functions the engine answers with, so what the console shows of a role is what its station receives.
 */
export class RemoteExercise implements ExerciseView {
  /** The log as held, oldest first: events are pushed onto this array, never replaced. */
  readonly events: ExerciseEvent[] = [];
  private loaded: Loaded | null = null;
  private hostLastSeq = 0;
  private reachable = true;
  private unreachableReason = HOST_UNREACHABLE;
  private hostReadOnly = false;
  private problem: string | null = null;
  private dismissed: string | null = null;
  private stations: StationPresence[] = [];
  private missing: string | null = null;
  /** The last seq held when the host was last asked again after a gap. */
  private resyncedAt: number | null = null;
  private changes = 0;
  private presenceChanges = 0;
  private readonly listeners = new Set<() => void>();
  private readonly presenceListeners = new Set<() => void>();

  constructor(
    readonly exerciseId: string,
    private readonly options: RemoteExerciseOptions,
  ) {}

  /** True once `exercise.created` is in: the view can be read. */
  get ready(): boolean {
    return this.loaded !== null;
  }

  /** Why the host has no such exercise, when it said so. */
  get notFound(): string | null {
    return this.missing;
  }

  /** The last `seq` held: the host sends what follows. */
  lastSeq(): number {
    return this.events.at(-1)?.seq ?? 0;
  }

  receive(message: ExerciseMessage): void {
    switch (message.kind) {
      case 'log':
        this.hostLastSeq = Math.max(this.hostLastSeq, message.lastSeq);
        this.take(message.events);
        break;
      case 'status':
        this.hostReadOnly = message.readOnly;
        this.setProblem(message.problem);
        break;
      case 'presence':
        this.stations = message.stations;
        this.presenceChanges += 1;
        for (const listener of [...this.presenceListeners]) listener();
        return;
      case 'not-found':
        this.missing = message.reason;
        break;
    }
    this.notify();
  }

  /** The host refused something of this console's without naming it: shown like any failure. */
  refused(reason: string): void {
    this.setProblem(reason);
    this.notify();
  }

  /** Whether the host can be reached; `reason` says why not (default: reconnecting). */
  setReachable(reachable: boolean, reason = HOST_UNREACHABLE): void {
    if (reachable === this.reachable && reason === this.unreachableReason) return;
    this.reachable = reachable;
    this.unreachableReason = reason;
    this.notify();
  }

  get state(): Readonly<EngineState> {
    return this.whenLoaded().fold.state;
  }

  get content(): LoadedContent {
    return this.whenLoaded().content;
  }

  get roles(): ReadonlyMap<string, EngineRole> {
    return this.whenLoaded().roles;
  }

  get readOnly(): boolean {
    return !this.reachable || this.hostReadOnly;
  }

  get readOnlyReason(): string | null {
    if (!this.reachable) return this.unreachableReason;
    if (this.hostReadOnly) return this.problem ?? 'the exercise host keeps this exercise read-only';
    return null;
  }

  get error(): string | null {
    return this.problem === this.dismissed ? null : this.problem;
  }

  /** The controller has read the problem shown: it goes until the host reports another. */
  dismissError(): void {
    if (this.error === null) return;
    this.dismissed = this.problem;
    this.notify();
  }

  get version(): number {
    return this.changes;
  }

  get presenceVersion(): number {
    return this.presenceChanges;
  }

  heading() {
    const { content, created } = this.whenLoaded();
    return headingOf(content, this.state, created);
  }

  historyProgress(): HistoryProgress | null {
    const held = this.lastSeq();
    return held < this.hostLastSeq ? { loaded: held, total: this.hostLastSeq } : null;
  }

  presence(): StationPresence[] {
    return this.stations;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribePresence(listener: () => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  openDecisions(role: string) {
    const { content, roles } = this.whenLoaded();
    return openDecisionsOf(content, this.state, roles, role);
  }

  activePaths(machine: string, instance: string | null) {
    return activePathsOf(this.content, this.state, machine, instance);
  }

  scenarioTimeAt(wallMs: number) {
    return scenarioTimeOf(this.state, wallMs);
  }

  stationView(role: string, since = 0) {
    return stationViewOf(this.viewed(), role, since);
  }

  /** How many events a role's station holds: its last stream number, as the engine numbers it. */
  streamLength(role: string): number {
    return streamLengthOf(this.viewed(), role);
  }

  /** The exercise as the pure stream functions read it, the engine's arguments to them. */
  private viewed(): ViewedExercise {
    const { content, roles } = this.whenLoaded();
    return { content, state: this.state, events: this.events, roles, heading: this.heading() };
  }

  /** A command as EXCON (or as a control role, or acting as a role), with an id of its own. */
  command<K extends CommandType>(
    type: K,
    payload: CommandInput<K>,
    as: { role?: string; actingAs?: string } = {},
  ): Promise<CommandReply> {
    const commandId = `console-${(this.options.newId ?? randomId)()}`;
    return this.options.sendCommand({ commandId, type, payload, ...as });
  }

  /** `command` as EXCON, bound: what the console's components send with. */
  readonly send = <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> =>
    this.command(type, payload);

  /** Journal lines in `seq` order; what is held already is skipped, a gap asks the host again. */
  private take(batch: readonly ExerciseEvent[]): void {
    for (const event of batch) {
      const held = this.lastSeq();
      if (event.seq <= held) continue;
      if (event.seq !== held + 1) {
        // Asked again once from what is held; a host that sends the same gap again is reported, not looped on.
        if (this.resyncedAt === held)
          this.setProblem(`the exercise host's log jumps from event ${held} to ${event.seq}`);
        else {
          this.resyncedAt = held;
          this.options.resync();
        }
        return;
      }
      if (!this.loaded) {
        try {
          const content = contentOfCreated(event);
          this.loaded = {
            content,
            roles: exerciseRoles(content.playbook, content.scenario),
            created: event,
            fold: foldFrom(event, content),
          };
        } catch (error) {
          this.setProblem(`the exercise host sent a log this console cannot read: ${errorMessage(error)}`);
          return;
        }
      } else this.loaded.fold.apply(event);
      this.events.push(event);
    }
  }

  private setProblem(problem: string | null): void {
    if (problem !== this.problem) this.dismissed = null;
    this.problem = problem;
  }

  private whenLoaded(): Loaded {
    if (!this.loaded) throw new Error(`exercise ${this.exerciseId} has not arrived from the host yet`);
    return this.loaded;
  }

  private notify(): void {
    this.changes += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
