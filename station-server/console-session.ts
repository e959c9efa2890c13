import {
  CONSOLE_PAGE_EVENTS,
  errorMessage,
  parseConsoleRequest,
  type ConsoleMessage,
  type ConsoleRequest,
} from '../core/index';
import { ConsoleFeed, eventsAfter, lastSeqOf } from './console-feed';
import { divergenceOf, historyRefusal, opensQuickly } from './console-opening';
import { ConsoleAccess, isAccessRequest } from './console-access';
import type { ConsoleServices } from './console-services';
import type { ExerciseHostApi, HostedExerciseApi } from './host-api';

export interface ConsoleSessionOptions {
  host: ExerciseHostApi;
  /** Station access (LAN, codes, connected stations); absent where the host serves no stations' door. */
  access?: Omit<ConsoleServices, 'host'>;
  /** This process's console token (handed out at HOST_SESSION_PATH to loopback pages only). */
  consoleToken: string;
  /** The socket's peer is this machine: console rights are never given to another one. */
  loopback: boolean;
  send: (message: ConsoleMessage) => void;
  log?: (line: string) => void;
  /** Presence is pushed at most this often per exercise (station heartbeats would flood the console). */
  presenceEveryMs?: number;
}

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
  private readonly followed = new Map<string, ConsoleFeed>();
  /** The latest `open` of each exercise still being answered: an older one, or one closed since, gives way. */
  private readonly pendingOpens = new Map<string, object>();
  private access: ConsoleAccess | null = null;

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
    this.access?.close();
    this.access = null;
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
    this.send({ kind: 'welcome', dataFolder: this.host.dataFolder });
    if (!first) return;
    this.stopCatalogue = this.host.onCatalogueChange(() => this.pushCatalogue());
    const { access } = this.options;
    if (access)
      this.access = new ConsoleAccess({ host: this.host, ...access }, (message) => this.send(message));
  }

  private get host(): ExerciseHostApi {
    return this.options.host;
  }

  private async dispatch(request: Exclude<ConsoleRequest, { kind: 'hello' }>): Promise<void> {
    const { host } = this;
    if (isAccessRequest(request)) {
      if (this.access) return this.access.handle(request);
      return this.send({
        kind: 'failed',
        requestId: request.requestId,
        reason: 'this host serves no stations',
      });
    }
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
      case 'branch':
        try {
          const { exerciseId, atSeq, name } = request;
          const exercise = await host.branch(exerciseId, { atSeq, name });
          this.send({ kind: 'created', requestId: request.requestId, exercise });
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
        return this.follow(request);
      case 'history':
        return this.history(request);
      case 'close':
        return this.unfollow(request.exerciseId);
      case 'command':
        return this.command(request);
    }
  }

  private async opened(exerciseId: string): Promise<HostedExerciseApi | null> {
    try {
      return await this.host.open(exerciseId);
    } catch (error) {
      this.send({ kind: 'not-found', exerciseId, reason: errorMessage(error) });
      return null;
    }
  }

  /**
   * Answer `open`: `diverged` when the console's copy does not continue the journal; `opening` (the latest
   * snapshot and the events after it) when the copy is far behind and a snapshot is ahead of it; else `log`
   * pages after `since`. Then every batch once it is on disk (ConsoleFeed).
   */
  private async follow(request: Extract<ConsoleRequest, { kind: 'open' }>): Promise<void> {
    const { exerciseId, since } = request;
    const token = {};
    this.pendingOpens.set(exerciseId, token);
    const current = () => !this.closed && this.pendingOpens.get(exerciseId) === token;
    const hosted = await this.opened(exerciseId);
    if (!hosted || !current()) return;
    const [held] = since > 0 ? await hosted.readEvents(since, since) : [];
    if (!current()) return;
    const hostLastSeq = lastSeqOf(hosted.events);
    const diverged = divergenceOf(request, hostLastSeq, held);
    if (diverged !== null) {
      this.unfollow(exerciseId);
      return this.send({ kind: 'diverged', exerciseId, heldSeq: since, hostLastSeq, reason: diverged });
    }
    const quick = opensQuickly(since, hostLastSeq)
      ? await Promise.all([hosted.readEvents(1, 1), hosted.latestSnapshot()])
      : null;
    if (!current()) return;
    // From here on one turn: the answer is read from `hosted.events` as the feed subscribes, so a batch
    // recorded while the snapshot was read is in the answer and not fed again, and every later one is fed.
    this.unfollow(exerciseId);
    const lastSeq = lastSeqOf(hosted.events);
    const feed = new ConsoleFeed(
      hosted,
      lastSeq,
      (message) => this.send(message),
      this.options.presenceEveryMs,
    );
    this.followed.set(exerciseId, feed);
    this.access?.follow(exerciseId);
    feed.status();
    feed.presence();
    const [[created], snapshot] = quick ?? [[], undefined];
    if (created && snapshot && snapshot.seq > since) {
      const events = [...eventsAfter(hosted.events, snapshot.seq)];
      return this.send({ kind: 'opening', exerciseId, created, snapshot, events, lastSeq });
    }
    const history = eventsAfter(hosted.events, since);
    for (let start = 0; start === 0 || start < history.length; start += CONSOLE_PAGE_EVENTS) {
      const events = history.slice(start, start + CONSOLE_PAGE_EVENTS);
      // An empty page still says where the log ends: the console knows it holds everything.
      this.send({ kind: 'log', exerciseId, events, lastSeq });
    }
  }

  /** Events of the history a console asks for after an `opening`, up to the journal's end. */
  private async history(request: Extract<ConsoleRequest, { kind: 'history' }>): Promise<void> {
    const { requestId, exerciseId, from, to } = request;
    let hosted = this.followed.get(exerciseId)?.hosted;
    try {
      hosted ??= await this.host.open(exerciseId);
      const lastSeq = lastSeqOf(hosted.events);
      const refusal = historyRefusal(exerciseId, from, to, lastSeq);
      if (refusal !== null) return this.send({ kind: 'refused', requestId, reason: refusal });
      const events = await hosted.readEvents(from, Math.min(to, lastSeq));
      this.send({ kind: 'history', requestId, exerciseId, events });
    } catch (error) {
      this.send({ kind: 'refused', requestId, reason: `history refused: ${errorMessage(error)}` });
    }
  }

  /** Stop following, and give up an `open` still being answered. */
  private unfollow(exerciseId: string): void {
    this.pendingOpens.delete(exerciseId);
    this.followed.get(exerciseId)?.stop();
    this.followed.delete(exerciseId);
    this.access?.unfollow(exerciseId);
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
          const exercises = await this.host.list();
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
