import {
  activePathsOf,
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
import { ExerciseLog } from './exercise-log';
import { randomId } from './random-id';
import { ViewStatus } from './view-status';

export interface RemoteExerciseOptions {
  /** Sends a console command to the host; resolves with the engine's reply. */
  sendCommand: (command: ConsoleCommand) => Promise<CommandReply>;
  newId?: () => string;
}

/**
 * The console's view of an exercise the host runs (docs/architecture.md §7): the log held in memory (from
 * this browser's copy, then from the host: see CopyFollower), the state folded from it with the engine's own
 * fold, and every query answered by the pure functions the engine answers with, so what the console shows of
 * a role is what its station receives. Read-only, saying why, whenever the host does not follow it.
 */
export class RemoteExercise implements ExerciseView {
  readonly log = new ExerciseLog();
  /** Read-only or not and why, problems, what is said of the copy: the CopyFollower sets them. */
  readonly status = new ViewStatus(() => this.changed());
  private hostLastSeq = 0;
  private stations: StationPresence[] = [];
  private changes = 0;
  private presenceChanges = 0;
  private readonly listeners = new Set<() => void>();
  private readonly presenceListeners = new Set<() => void>();

  constructor(
    readonly exerciseId: string,
    private readonly options: RemoteExerciseOptions,
  ) {}

  /** True once `exercise.created` is in (from the copy or the host): the view can be read. */
  get ready(): boolean {
    return this.log.ready;
  }

  /** Why the host has no such exercise, when it said so. */
  get notFound(): string | null {
    const answer = this.status.hostAnswer;
    return answer.kind === 'not-found' ? answer.reason : null;
  }

  get events(): readonly ExerciseEvent[] {
    return this.log.events;
  }

  /** The last `seq` held: the host sends what follows. */
  lastSeq(): number {
    return this.log.lastSeq();
  }

  /** Status and presence; the log's own messages go to the CopyFollower. */
  receive(message: Extract<ExerciseMessage, { kind: 'status' | 'presence' }>): void {
    if (message.kind === 'presence') {
      this.stations = message.stations;
      this.presenceChanges += 1;
      for (const listener of [...this.presenceListeners]) listener();
      return;
    }
    this.status.hostStatus(message.readOnly, message.problem);
  }

  /** The host refused something of this console's without naming it: shown like any failure. */
  refused(reason: string): void {
    this.status.report(reason);
  }

  /** The host's last seq as last heard, for how far behind the log is. */
  heardHost(lastSeq: number): void {
    this.hostLastSeq = Math.max(this.hostLastSeq, lastSeq);
  }

  get state(): Readonly<EngineState> {
    return this.log.whenLoaded(this.exerciseId).fold.state;
  }

  get content(): LoadedContent {
    return this.log.whenLoaded(this.exerciseId).content;
  }

  get roles(): ReadonlyMap<string, EngineRole> {
    return this.log.whenLoaded(this.exerciseId).roles;
  }

  get readOnly(): boolean {
    return this.status.readOnlyReason !== null;
  }

  get readOnlyReason(): string | null {
    return this.status.readOnlyReason;
  }

  get error(): string | null {
    return this.status.error;
  }

  /** The controller has read the problem shown: it goes until it is reported anew. */
  dismissError(): void {
    this.status.dismissError();
  }

  get version(): number {
    return this.changes;
  }

  get presenceVersion(): number {
    return this.presenceChanges;
  }

  heading() {
    const { content, created } = this.log.whenLoaded(this.exerciseId);
    return headingOf(content, this.state, created);
  }

  historyProgress(): HistoryProgress | null {
    const partial = this.log.progress();
    if (partial) return partial;
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
    return openDecisionsOf(this.content, this.state, this.roles, role);
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
    return {
      content: this.content,
      state: this.state,
      events: this.events,
      roles: this.roles,
      heading: this.heading(),
    };
  }

  /** A command as EXCON (or as a control role, or acting as a role), with an id of its own. */
  command<K extends CommandType>(
    type: K,
    payload: CommandInput<K>,
    as: { role?: string; actingAs?: string } = {},
  ): Promise<CommandReply> {
    const commandId = `console-${(this.options.newId ?? randomId)()}`;
    // A copy the host does not continue (or an exercise it does not have) is never a basis for a command.
    // Out of reach is different: the command waits and is sent, with its id, once the host is back.
    const { kind } = this.status.hostAnswer;
    if (kind === 'diverged' || kind === 'not-found')
      return Promise.resolve({
        ok: false,
        commandId,
        code: 'not-now',
        reason: this.status.readOnlyReason ?? kind,
      });
    return this.options.sendCommand({ commandId, type, payload, ...as });
  }

  /** `command` as EXCON, bound: what the console's components send with. */
  readonly send = <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> =>
    this.command(type, payload);

  /** `command` as EXCON acting as a role, bound per role: what the console's "act as" sends with. */
  readonly sendAs =
    (actingAs: string) =>
    <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> =>
      this.command(type, payload, { actingAs });

  /** Tell the screens: the log, the state or what is said about them changed. */
  changed(): void {
    this.changes += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
