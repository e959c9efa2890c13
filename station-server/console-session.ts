import {
  CONSOLE_PAGE_EVENTS,
  errorMessage,
  parseConsoleRequest,
  type ConsoleMessage,
  type ConsoleRequest,
  type ExerciseEvent,
} from '../core/index';
import type { ExerciseHostApi, HostedExerciseApi } from './host-api';

export interface ConsoleSessionOptions {
  host: ExerciseHostApi;
  /** This process's console token (handed out at HOST_SESSION_PATH to loopback pages only). */
  consoleToken: string;
  /** The socket's peer is this machine: console rights are never given to another one. */
  loopback: boolean;
  send: (message: ConsoleMessage) => void;
  log?: (line: string) => void;
  /** Presence is pushed at most this often per exercise (station heartbeats would flood the console). */
  presenceEveryMs?: number;
}

/** One exercise the console follows: what it was sent, and what to stop when it stops following. */
interface Followed {
  hosted: HostedExerciseApi;
  sentSeq: number;
  stops: (() => void)[];
  lastPresenceMs: number;
  presenceTimer: ReturnType<typeof setTimeout> | null;
}

/** The events after `seq` in a log contiguous from its first event. */
function eventsAfter(events: readonly ExerciseEvent[], seq: number): readonly ExerciseEvent[] {
  const first = events[0]?.seq ?? 1;
  return events.slice(Math.max(0, seq - first + 1));
}

const lastSeqOf = (events: readonly ExerciseEvent[]) => events.at(-1)?.seq ?? 0;

/**
 * The console's side of one socket on CONSOLE_CHANNEL (core/stations/console-protocol.ts): nothing until a
 * `hello` with the host's token from loopback; then the catalogue, each followed exercise's log (pages of
 * history, then every batch once it is on disk, each event once and in order), its status and presence, and
 * the console's commands. Everything it subscribed to is dropped when the socket closes.
 */
export class ConsoleSession {
  private welcomed = false;
  private closed = false;
  private stopCatalogue: (() => void) | null = null;
  private listing: Promise<void> | null = null;
  private listAgain = false;
  private readonly followed = new Map<string, Followed>();

  constructor(private readonly options: ConsoleSessionOptions) {}

  /** One request from the console; never throws (a failure is answered, and logged). */
  async handle(raw: unknown): Promise<void> {
    const parsed = parseConsoleRequest(raw);
    if (!parsed.ok) return this.send({ kind: 'refused', requestId: requestIdOf(raw), reason: parsed.reason });
    const request = parsed.request;
    if (request.kind === 'hello') return this.hello(request.token);
    if (!this.welcomed)
      return this.send({
        kind: 'refused',
        requestId: requestIdOf(request),
        reason: `${request.kind} refused: say hello with the console token first`,
      });
    try {
      await this.dispatch(request);
    } catch (error) {
      this.options.log?.(`console ${request.kind}: ${errorMessage(error)}`);
    }
  }

  /** The socket closed: stop following everything. */
  close(): void {
    this.closed = true;
    this.stopCatalogue?.();
    this.stopCatalogue = null;
    for (const exerciseId of [...this.followed.keys()]) this.unfollow(exerciseId);
  }

  private hello(token: string): void {
    if (!this.options.loopback)
      return this.send({
        kind: 'refused',
        requestId: null,
        reason: 'console rights are given only to this machine (loopback)',
      });
    if (token !== this.options.consoleToken)
      return this.send({
        kind: 'refused',
        requestId: null,
        reason: 'the console token is not this host’s: reload the console page from this machine',
      });
    const first = !this.welcomed;
    this.welcomed = true;
    this.send({ kind: 'welcome', dataFolder: this.options.host.dataFolder });
    if (first) this.stopCatalogue = this.options.host.onCatalogueChange(() => this.pushCatalogue());
  }

  private async dispatch(request: Exclude<ConsoleRequest, { kind: 'hello' }>): Promise<void> {
    const { host } = this.options;
    switch (request.kind) {
      case 'list':
        return this.send({ kind: 'exercises', requestId: request.requestId, exercises: await host.list() });
      case 'create':
        try {
          this.send({
            kind: 'created',
            requestId: request.requestId,
            exercise: await host.create(request.exercise),
          });
        } catch (error) {
          this.send({ kind: 'failed', requestId: request.requestId, reason: errorMessage(error) });
        }
        return;
      case 'delete':
        try {
          this.unfollow(request.exerciseId);
          await host.delete(request.exerciseId);
          this.send({ kind: 'deleted', requestId: request.requestId, exerciseId: request.exerciseId });
        } catch (error) {
          this.send({ kind: 'failed', requestId: request.requestId, reason: errorMessage(error) });
        }
        return;
      case 'open':
        return this.follow(request.exerciseId, request.since);
      case 'close':
        return this.unfollow(request.exerciseId);
      case 'command':
        return this.command(request);
    }
  }

  private async opened(exerciseId: string): Promise<HostedExerciseApi | null> {
    try {
      return await this.options.host.open(exerciseId);
    } catch (error) {
      this.send({ kind: 'not-found', exerciseId, reason: errorMessage(error) });
      return null;
    }
  }

  private async follow(exerciseId: string, since: number): Promise<void> {
    const hosted = await this.opened(exerciseId);
    if (!hosted || this.closed) return;
    this.unfollow(exerciseId);
    const entry: Followed = { hosted, sentSeq: since, stops: [], lastPresenceMs: 0, presenceTimer: null };
    this.followed.set(exerciseId, entry);
    // Subscribed before the history is sent, and the history sent in this same turn: a batch recorded
    // meanwhile either is in `hosted.events` now or reaches the listener later, never both, never neither.
    entry.stops.push(hosted.subscribe((batch) => this.sendLog(entry, batch)));
    entry.stops.push(hosted.onStatus(() => this.sendStatus(entry)));
    entry.stops.push(hosted.onPresence(() => this.schedulePresence(entry)));
    this.sendStatus(entry);
    this.sendPresence(entry);
    const history = eventsAfter(hosted.events, since);
    const lastSeq = lastSeqOf(hosted.events);
    for (let start = 0; start === 0 || start < history.length; start += CONSOLE_PAGE_EVENTS) {
      const events = history.slice(start, start + CONSOLE_PAGE_EVENTS);
      // An empty page still says where the log ends: the console knows it holds everything.
      this.send({ kind: 'log', exerciseId, events, lastSeq });
    }
    entry.sentSeq = Math.max(since, lastSeq);
  }

  private unfollow(exerciseId: string): void {
    const entry = this.followed.get(exerciseId);
    if (!entry) return;
    this.followed.delete(exerciseId);
    for (const stop of entry.stops) stop();
    if (entry.presenceTimer) clearTimeout(entry.presenceTimer);
  }

  private sendLog(entry: Followed, batch: readonly ExerciseEvent[]): void {
    let events = batch.filter((event) => event.seq > entry.sentSeq);
    // A host that told of a batch late must not leave a hole: fill it from the recorded log.
    if (events.length > 0 && (events[0] as ExerciseEvent).seq > entry.sentSeq + 1)
      events = eventsAfter(entry.hosted.events, entry.sentSeq).filter(
        (event) => event.seq <= lastSeqOf(batch),
      );
    if (events.length === 0) return;
    entry.sentSeq = lastSeqOf(events);
    const lastSeq = Math.max(entry.sentSeq, lastSeqOf(entry.hosted.events));
    this.send({ kind: 'log', exerciseId: entry.hosted.exerciseId, events: [...events], lastSeq });
  }

  private sendStatus(entry: Followed): void {
    const { exerciseId, readOnly, problem } = entry.hosted;
    this.send({ kind: 'status', exerciseId, readOnly, problem });
  }

  private sendPresence(entry: Followed): void {
    entry.lastPresenceMs = Date.now();
    this.send({ kind: 'presence', exerciseId: entry.hosted.exerciseId, stations: entry.hosted.presence() });
  }

  private schedulePresence(entry: Followed): void {
    if (entry.presenceTimer) return;
    const wait = entry.lastPresenceMs + (this.options.presenceEveryMs ?? 1_000) - Date.now();
    if (wait <= 0) return this.sendPresence(entry);
    entry.presenceTimer = setTimeout(() => {
      entry.presenceTimer = null;
      if (this.followed.get(entry.hosted.exerciseId) === entry) this.sendPresence(entry);
    }, wait);
  }

  private async command(request: Extract<ConsoleRequest, { kind: 'command' }>): Promise<void> {
    const { exerciseId, commandId, type, payload, role, actingAs } = request;
    const hosted = this.followed.get(exerciseId)?.hosted ?? (await this.opened(exerciseId));
    if (!hosted) return;
    const command = {
      commandId,
      type,
      payload,
      ...(role ? { role } : {}),
      ...(actingAs ? { actingAs } : {}),
    };
    let reply;
    try {
      reply = await hosted.execute(command);
    } catch (error) {
      reply = {
        ok: false as const,
        commandId,
        code: 'not-allowed' as const,
        reason: `nothing of this command was recorded: ${errorMessage(error)}`,
      };
    }
    this.send({ kind: 'reply', exerciseId, commandId, reply });
  }

  /** The catalogue changed: list it again, once at a time, and once more if it changed meanwhile. */
  private pushCatalogue(): void {
    if (this.listing) {
      this.listAgain = true;
      return;
    }
    this.listing = (async () => {
      do {
        this.listAgain = false;
        try {
          const exercises = await this.options.host.list();
          this.send({ kind: 'exercises', requestId: null, exercises });
        } catch (error) {
          this.options.log?.(`console catalogue: ${errorMessage(error)}`);
        }
      } while (this.listAgain && !this.closed);
      this.listing = null;
    })();
  }

  private send(message: ConsoleMessage): void {
    if (!this.closed) this.options.send(message);
  }
}

/** The request's id, when it carries a readable one, so a refusal answers it. */
function requestIdOf(raw: unknown): string | null {
  const id = (raw as { requestId?: unknown } | null)?.requestId;
  return typeof id === 'string' ? id : null;
}
