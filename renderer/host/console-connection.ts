import {
  CONSOLE_CHANNEL,
  errorMessage,
  isConsoleMessage,
  type CommandReply,
  type ConsoleMessage,
  type ConsoleRequest,
  type ExerciseEvent,
  type ExerciseRecord,
  type LanStatus,
  type NewExerciseRequest,
  type StationGrantKind,
  type TransportChannel,
} from '../../core/index';
import type { ConsoleCommand, ConsoleSocket, ConsoleStatus, ExerciseFollower } from './console-channel-types';
import { ConsoleRefusedError, fetchConsoleToken } from './host-requests';

export type {
  ConsoleCommand,
  ConsoleSocket,
  ConsoleStatus,
  ExerciseFollower,
  ExerciseMessage,
} from './console-channel-types';

export const UNREACHABLE = 'the exercise host is not reachable';

interface Waiting {
  request: ConsoleRequest;
  resolve: (message: ConsoleMessage) => void;
  reject: (error: Error) => void;
}

/**
 * The controller's console channel on the page's socket (docs/architecture.md §5): it asks the host for the
 * console's token and says hello after every (re)connect; catalogue requests are answered by id; followed
 * exercises are opened again from the last `seq` held after a reconnect; and console commands stay pending,
 * resent with the same id after a reconnect until their reply comes (the engine applies an id once).
 */
export class ConsoleConnection {
  private readonly channel: TransportChannel;
  private current: ConsoleStatus = { state: 'connecting' };
  private token: string | null = null;
  private records: ExerciseRecord[] | null = null;
  private counter = 0;
  private attempt = 0;
  private readonly requests = new Map<string, Waiting>();
  private readonly follows = new Map<string, ExerciseFollower>();
  private readonly commands = new Map<
    string,
    { exerciseId: string; command: ConsoleCommand; resolve: (reply: CommandReply) => void }
  >();
  private readonly statusListeners = new Set<(status: ConsoleStatus) => void>();
  private readonly catalogueListeners = new Set<(records: ExerciseRecord[]) => void>();
  /** The LAN listeners and each followed exercise's station access, as the host last pushed them. */
  private lan: LanStatus | null = null;
  private readonly access = new Map<string, Extract<ConsoleMessage, { kind: 'access' }>>();
  private readonly accessListeners = new Set<() => void>();
  private readonly disposers: (() => void)[] = [];

  constructor(
    socket: ConsoleSocket,
    private readonly fetchToken: () => Promise<string> = fetchConsoleToken,
  ) {
    this.channel = socket.openChannel(CONSOLE_CHANNEL);
    this.disposers.push(
      this.channel.listen((raw) => this.receive(raw)),
      socket.onStatus((status) => (status === 'connected' ? void this.hello() : this.lost())),
    );
    if (socket.connected) void this.hello();
  }

  get status(): ConsoleStatus {
    return this.current;
  }

  /** The token the host gave this page, for its HTTP endpoints (backups); null until welcomed. */
  get consoleToken(): string | null {
    return this.current.state === 'ready' ? this.token : null;
  }

  onStatus(listener: (status: ConsoleStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** The exercises in the host's data folder as last heard; null before the first list. */
  get catalogue(): ExerciseRecord[] | null {
    return this.records;
  }

  /** The LAN listeners' status, null before the host said. */
  get lanStatus(): LanStatus | null {
    return this.lan;
  }

  /** The codes and stations of a followed exercise, null before the host said. */
  accessOf(exerciseId: string): Extract<ConsoleMessage, { kind: 'access' }> | null {
    return this.access.get(exerciseId) ?? null;
  }

  /** Called when the LAN status or a followed exercise's access changes. */
  onAccess(listener: () => void): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /** Called with the catalogue whenever it changes; listed afresh after every (re)connect. */
  onCatalogue(listener: (records: ExerciseRecord[]) => void): () => void {
    this.catalogueListeners.add(listener);
    if (this.current.state === 'ready' && this.catalogueListeners.size === 1)
      void this.list().catch(() => {});
    return () => this.catalogueListeners.delete(listener);
  }

  async list(): Promise<ExerciseRecord[]> {
    const answer = await this.request({ kind: 'list', requestId: this.nextId() });
    return answer.kind === 'exercises' ? answer.exercises : [];
  }

  async create(exercise: NewExerciseRequest): Promise<ExerciseRecord> {
    const answer = await this.request({ kind: 'create', requestId: this.nextId(), exercise });
    if (answer.kind !== 'created') throw new Error(`the exercise host answered ${answer.kind}`);
    return answer.exercise;
  }

  /** A what-if branch after event `atSeq` of the exercise, as a new exercise on the host (issue 23). */
  async branch(exerciseId: string, atSeq: number, name: string): Promise<ExerciseRecord> {
    const answer = await this.request({ kind: 'branch', requestId: this.nextId(), exerciseId, atSeq, name });
    if (answer.kind !== 'created') throw new Error(`the exercise host answered ${answer.kind}`);
    return answer.exercise;
  }

  async delete(exerciseId: string): Promise<void> {
    await this.request({ kind: 'delete', requestId: this.nextId(), exerciseId });
  }

  /** Open the host to the room network, or close it; resolves with the listeners' status after. */
  async setLan(on: boolean): Promise<LanStatus> {
    const answer = await this.request({ kind: 'lan', requestId: this.nextId(), on });
    if (answer.kind !== 'lan') throw new Error(`the exercise host answered ${answer.kind}`);
    return answer.lan;
  }

  /** A new join code for these roles (another for a role, or a control station's); rejects with the host's reason. */
  async issueCode(exerciseId: string, roles: readonly string[], grant: StationGrantKind): Promise<void> {
    await this.request({
      kind: 'code-issue',
      requestId: this.nextId(),
      exerciseId,
      roles: [...roles],
      grant,
    });
  }

  /** Revoke a join code (a role's own code is replaced by a new one). */
  async revokeCode(exerciseId: string, codeId: string): Promise<void> {
    await this.request({ kind: 'code-revoke', requestId: this.nextId(), exerciseId, codeId });
  }

  /** Cut a station off at once. */
  async revokeStation(exerciseId: string, stationId: string): Promise<void> {
    await this.request({ kind: 'station-revoke', requestId: this.nextId(), exerciseId, stationId });
  }

  /** Follow an exercise's log from what the follower holds on; returns the function that stops it. */
  follow(exerciseId: string, follower: ExerciseFollower): () => void {
    this.follows.set(exerciseId, follower);
    if (this.current.state === 'ready') this.open(exerciseId, follower);
    return () => {
      if (this.follows.get(exerciseId) !== follower) return;
      this.follows.delete(exerciseId);
      if (this.current.state === 'ready') this.post({ kind: 'close', exerciseId });
    };
  }

  /**
   * Events `from`…`to` of an exercise (at most CONSOLE_PAGE_EVENTS): the history before the snapshot the host
   * opened it with. Rejected when the connection drops before the answer: ask again once it is back.
   */
  async history(exerciseId: string, from: number, to: number): Promise<ExerciseEvent[]> {
    const answer = await this.request({ kind: 'history', requestId: this.nextId(), exerciseId, from, to });
    if (answer.kind !== 'history') throw new Error(`the exercise host answered ${answer.kind}`);
    return answer.events;
  }

  /** A console command; resolves with the engine's reply, however many reconnects that takes. */
  command(exerciseId: string, command: ConsoleCommand): Promise<CommandReply> {
    return new Promise((resolve) => {
      this.commands.set(command.commandId, { exerciseId, command, resolve });
      if (this.current.state === 'ready') this.post({ kind: 'command', exerciseId, ...command });
    });
  }

  close(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
    this.channel.close();
    this.lost();
  }

  /** Ask for the token and say hello; a newer attempt (another reconnect) supersedes this one. */
  private async hello(): Promise<void> {
    const attempt = ++this.attempt;
    this.setStatus({ state: 'connecting' });
    try {
      const token = await this.fetchToken();
      if (attempt !== this.attempt) return;
      this.token = token;
      this.channel.post({ kind: 'hello', token });
    } catch (error) {
      if (attempt !== this.attempt) return;
      // The host answered the socket but not the request for the token: say why. The next reconnect (a
      // restarted host) tries again.
      this.refuse(
        error instanceof ConsoleRefusedError
          ? error.message
          : `the exercise host did not give the console's token: ${errorMessage(error)}`,
      );
    }
  }

  private welcomed(dataFolder: string): void {
    this.setStatus({ state: 'ready', dataFolder });
    if (this.catalogueListeners.size > 0) void this.list().catch(() => {});
    for (const [exerciseId, follower] of this.follows) this.open(exerciseId, follower);
    for (const { exerciseId, command } of this.commands.values())
      this.post({ kind: 'command', exerciseId, ...command });
    for (const { request } of this.requests.values()) this.post(request);
  }

  private lost(): void {
    this.attempt += 1;
    this.setStatus({ state: 'unreachable' });
    // A catalogue request may or may not have been done: the list, sent again on reconnect, will say.
    this.rejectRequests(`${UNREACHABLE}: try again once it is back`);
  }

  /** Not a console: nothing asked of the catalogue will be answered on this connection. */
  private refuse(reason: string): void {
    this.setStatus({ state: 'refused', reason });
    this.rejectRequests(reason);
  }

  private rejectRequests(reason: string): void {
    const waiting = [...this.requests.values()];
    this.requests.clear();
    for (const { reject } of waiting) reject(new Error(reason));
  }

  private request(request: Extract<ConsoleRequest, { requestId: string }>): Promise<ConsoleMessage> {
    if (this.current.state === 'unreachable') return Promise.reject(new Error(UNREACHABLE));
    if (this.current.state === 'refused') return Promise.reject(new Error(this.current.reason));
    return new Promise((resolve, reject) => {
      this.requests.set(request.requestId, { request, resolve, reject });
      if (this.current.state === 'ready') this.post(request);
    });
  }

  private receive(raw: unknown): void {
    if (!isConsoleMessage(raw)) return;
    const message: ConsoleMessage = raw;
    switch (message.kind) {
      case 'welcome':
        return this.welcomed(message.dataFolder);
      case 'refused':
        return this.refused(message.requestId, message.reason);
      case 'exercises':
        this.records = message.exercises;
        for (const listener of [...this.catalogueListeners]) listener(message.exercises);
        return this.answer(message.requestId, message);
      case 'created':
      case 'deleted':
      case 'history':
        return this.answer(message.requestId, message);
      case 'failed':
        return this.refused(message.requestId, message.reason);
      case 'lan':
        this.lan = message.lan;
        for (const listener of [...this.accessListeners]) listener();
        return this.answer(message.requestId, message);
      case 'access':
        this.access.set(message.exerciseId, message);
        for (const listener of [...this.accessListeners]) listener();
        return;
      case 'access-done':
        return this.answer(message.requestId, message);
      case 'reply': {
        const pending = this.commands.get(message.commandId);
        if (!pending || pending.exerciseId !== message.exerciseId) return;
        this.commands.delete(message.commandId);
        return pending.resolve(message.reply);
      }
      default:
        return this.follows.get(message.exerciseId)?.receive(message);
    }
  }

  private refused(requestId: string | null, reason: string): void {
    if (requestId !== null) {
      const waiting = this.requests.get(requestId);
      this.requests.delete(requestId);
      waiting?.reject(new Error(reason));
    } else if (this.current.state !== 'ready') this.refuse(reason);
    else for (const follower of this.follows.values()) follower.refused(reason);
  }

  private answer(requestId: string | null, message: ConsoleMessage): void {
    if (requestId === null) return;
    const waiting = this.requests.get(requestId);
    this.requests.delete(requestId);
    waiting?.resolve(message);
  }

  private open(exerciseId: string, follower: ExerciseFollower): void {
    const since = follower.since();
    const digest = since > 0 ? follower.digest?.() : undefined;
    this.post({ kind: 'open', exerciseId, since, ...(digest ? { digest } : {}) });
  }

  private post(request: ConsoleRequest): void {
    this.channel.post(request);
  }

  private nextId(): string {
    this.counter += 1;
    return `request-${this.counter}`;
  }

  private setStatus(status: ConsoleStatus): void {
    this.current = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}
