import type { CommandReply, TransportChannel } from '../ports/index';
import type {
  CommandInput,
  CommandType,
  StationEvent,
  StationView,
  StationViewUpdate,
} from '../engine/index';
import { isHostMessage, type HostMessage, type StationMessage } from './station-protocol';
import { commandLock, lockReason, type CopyReport } from './station-lock';
import type { PendingCommand, StationState, StationStorage } from './station-state';

export type { PendingCommand, StationState, StationStorage } from './station-state';

/** Without a word from the host for this long, the station says the controller is offline. */
export const HOST_TIMEOUT_MS = 5_000;

/**
 * A role station's side of its channel: asks for what it lacks, keeps what arrives (deduplicated by stream
 * number, a gap answered by asking again), sends commands with ids it chose and resends the unanswered ones
 * once the host has answered its hello, so the engine applies each once: a command taken while the host is out
 * of reach waits in the queue (kept in the station's storage) and goes when it is back. A host whose stream
 * ends before the station's copy (a journal restored from an older backup) is never merged into it: the copy
 * stays as it is until the participant replaces it.
 */
export class StationClient {
  private current: StationState;
  private readonly waiting = new Map<string, (reply: CommandReply) => void>();
  private readonly listeners = new Set<(state: StationState) => void>();
  private stopListening: (() => void) | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** The unanswered commands go again once the host has answered the hello (and is not behind the copy). */
  private resendOnAnswer = false;
  /** The next answer to a hello says what it did to the copy: at start, and after each reconnect. */
  private reportOnAnswer = true;
  /** What the pages of the history being received brought so far: the report counts all of them. */
  private paged: { received: number; before: number } | null = null;

  constructor(
    role: string,
    private readonly station: string,
    private readonly channel: TransportChannel,
    private readonly storage: StationStorage,
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {
    this.current = {
      role,
      events: [],
      mechanisms: [],
      openDecisions: [],
      words: null,
      clock: null,
      heading: null,
      roster: null,
      hostOnline: false,
      lastHostWallMs: null,
      pending: [],
      refusal: null,
      copy: null,
      unhosted: null,
    };
  }

  get state(): StationState {
    return this.current;
  }

  /** Load what this station kept, listen, and ask the host for the rest. */
  async start(): Promise<void> {
    const stored = await this.storage.load();
    if (stored) this.update({ ...stored, heading: stored.heading ?? null, roster: stored.roster ?? null });
    this.stopListening = this.channel.listen((raw) => this.receive(raw));
    this.hello();
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = null;
    this.channel.close();
  }

  subscribe(listener: (state: StationState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Send a command; resolves with the engine's reply (accepted or refused with a reason), however long the
   * host takes to come back: while it is out of reach the command waits in the queue. While the station is
   * locked (the host without the exercise, ENDEX for what the engine refuses after it, a copy ahead of the
   * host) it is refused here and nothing is queued.
   */
  send<K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> {
    const commandId = `${this.station}-${this.newId()}`;
    const lock = commandLock(this.current, type);
    if (lock) return Promise.resolve({ ok: false, commandId, code: 'not-now', reason: lockReason(lock) });
    const command: PendingCommand = { commandId, type, payload };
    const answered = new Promise<CommandReply>((resolve) => this.waiting.set(command.commandId, resolve));
    this.update({ pending: [...this.current.pending, command] });
    this.persist([]);
    this.post({ kind: 'command', station: this.station, ...command });
    return answered;
  }

  heartbeat(): void {
    // A refused channel is not joined: the host would refuse the beat too.
    if (this.current.unhosted === null)
      this.post({
        kind: 'heartbeat',
        station: this.station,
        since: this.current.events.at(-1)?.streamSeq ?? 0,
      });
    const online =
      this.current.lastHostWallMs !== null && this.now() - this.current.lastHostWallMs <= HOST_TIMEOUT_MS;
    if (online !== this.current.hostOnline) this.update({ hostOnline: online });
  }

  /**
   * The host refused this role's channel (the socket layer's answer to joining it: the exercise is not on
   * the host, or has no such role). The first reason stands until the host accepts the channel again; the
   * refusals of what was posted meanwhile are its echo.
   */
  channelRefused(reason: string): void {
    if (this.current.unhosted === null) this.update({ unhosted: reason, hostOnline: false });
  }

  /**
   * Replace the copy with the host's (the participant confirmed it): forget what this role kept, then ask
   * for everything from the start. Unanswered commands are the participant's own and stay: they go once the
   * host has answered, and the engine applies each id once.
   */
  async replaceWithHost(): Promise<void> {
    await this.saving;
    await this.storage.clear();
    this.update({ events: [], mechanisms: [], openDecisions: [], roster: null, copy: null, refusal: null });
    this.persist([]);
    this.reportOnAnswer = true;
    this.paged = null;
    this.hello();
  }

  /** Resolves when everything received so far is in the station's storage. */
  flushed(): Promise<void> {
    return this.saving;
  }

  private hello(): void {
    const last = this.current.events.at(-1)?.streamSeq ?? 0;
    this.post({ kind: 'hello', station: this.station, since: last });
    this.resendOnAnswer = true;
  }

  private receive(raw: unknown): void {
    if (!isHostMessage(raw)) return;
    const message: HostMessage = raw;
    if (message.kind === 'host-offline') {
      this.update({ hostOnline: false });
      return;
    }
    if (message.kind === 'host-online') {
      // A (re)connected host knows nothing of this station yet: catch up from what it holds, resend the rest.
      if (this.current.unhosted !== null) this.update({ unhosted: null });
      this.reportOnAnswer = true;
      this.paged = null;
      this.hello();
      return;
    }
    // Heard again after a silence (a stalled network, the socket never closed): what was posted meanwhile may
    // be lost, so say hello again: the answer catches the copy up and resends what is unanswered, once each.
    if (!this.current.hostOnline && this.current.lastHostWallMs !== null && this.current.unhosted === null)
      this.hello();
    const heard = { hostOnline: true, lastHostWallMs: this.now() };
    if (message.kind === 'clock') this.update({ ...heard, clock: message.clock });
    else if (message.kind === 'roster') {
      if (message.station !== this.station || message.roster.role !== this.current.role) return;
      this.update({ ...heard, roster: message.roster });
      const { roster } = message;
      this.saving = this.saving.then(() => this.storage.saveRoster(roster));
    } else if (message.kind === 'refused') {
      if (this.current.unhosted !== null) return;
      if (message.station === null || message.station === this.station)
        this.update({ ...heard, refusal: message.reason });
    } else if (message.kind === 'reply') {
      if (message.station !== this.station) return;
      this.update({
        ...heard,
        pending: this.current.pending.filter((command) => command.commandId !== message.commandId),
      });
      this.persist([]);
      this.waiting.get(message.commandId)?.(message.reply);
      this.waiting.delete(message.commandId);
    } else if (message.view.role === this.current.role) {
      if (message.station !== null && message.station !== this.station) return;
      this.receiveView(message.view, message.station === this.station, heard);
    }
  }

  private receiveView(
    view: StationView | StationViewUpdate,
    answer: boolean,
    heard: Partial<StationState>,
  ): void {
    // Held until the participant replaces the copy: a host behind it may later grow past it with other items.
    if (this.current.copy?.kind === 'ahead') return void this.update(heard);
    const last = this.current.events.at(-1)?.streamSeq ?? 0;
    if (view.streamSeq < last) {
      this.update({ ...heard, copy: { kind: 'ahead', held: last, hostLast: view.streamSeq } });
      return;
    }
    const first = view.events[0]?.streamSeq;
    if (first !== undefined && first > last + 1) {
      // Missed a push (the station was closed or busy): ask again from what it has. While the history comes
      // in pages, a push of what is new runs ahead of them: the pages will bring the rest.
      if (this.paged === null) this.hello();
      return;
    }
    const fresh = view.events.filter((event) => event.streamSeq > last);
    const paging = answer && view.more === true;
    if (paging || (answer && this.paged !== null)) {
      this.paged ??= { received: 0, before: last };
      this.paged.received += fresh.length;
    }
    const report = answer && !paging && this.reportOnAnswer;
    const pages = answer && !paging ? this.paged : null;
    if (answer && !paging) this.paged = null;
    if (report) this.reportOnAnswer = false;
    const copy: CopyReport | null = report
      ? {
          kind: (pages?.before ?? last) === 0 ? 'rebuilt' : 'updated',
          received: pages?.received ?? fresh.length,
        }
      : this.current.copy;
    this.update({
      ...heard,
      events: fresh.length > 0 ? [...this.current.events, ...fresh] : this.current.events,
      // A push leaves out what did not change since the last view: the station keeps what it holds.
      mechanisms: view.mechanisms ?? this.current.mechanisms,
      openDecisions: view.openDecisions ?? this.current.openDecisions,
      words: view.words ?? this.current.words ?? null,
      heading: view.exercise,
      copy,
    });
    this.persist(fresh);
    // The next page, asked for once this one brought something (a page answered twice brings nothing new).
    if (paging && fresh.length > 0)
      this.post({ kind: 'heartbeat', station: this.station, since: fresh.at(-1)?.streamSeq ?? last });
    if (answer && this.resendOnAnswer) {
      this.resendOnAnswer = false;
      for (const command of this.current.pending)
        this.post({ kind: 'command', station: this.station, ...command });
    }
  }

  private persist(newEvents: readonly StationEvent[]): void {
    const { mechanisms, openDecisions, pending, heading } = this.current;
    this.saving = this.saving.then(() =>
      this.storage.save({ newEvents, mechanisms, openDecisions, pending, heading }),
    );
  }

  private post(message: StationMessage): void {
    this.channel.post(message);
  }

  private update(change: Partial<StationState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }
}
