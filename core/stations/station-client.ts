import type { CommandReply, TransportChannel } from '../ports/index';
import type {
  CommandInput,
  CommandType,
  ExerciseHeading,
  MechanismView,
  StationDecision,
  StationEvent,
  StationRoster,
} from '../engine/index';
import { isHostMessage, type HostClock, type HostMessage, type StationMessage } from './station-protocol';

/** Without a word from the host for this long, the station says the controller is offline. */
export const HOST_TIMEOUT_MS = 5_000;

export interface PendingCommand {
  commandId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** What one role's station holds: only what reached it over its channel. */
export interface StationState {
  role: string;
  events: StationEvent[];
  mechanisms: MechanismView[];
  openDecisions: StationDecision[];
  clock: HostClock | null;
  /** The exercise's name, marking and in-world start, as the host last sent them. */
  heading: ExerciseHeading | null;
  /** The roles, markings and mechanism names this role's station words things with, as the host sent them. */
  roster: StationRoster | null;
  hostOnline: boolean;
  lastHostWallMs: number | null;
  pending: PendingCommand[];
  /** The host's last refusal of a malformed message, shown to the participant. */
  refusal: string | null;
}

/** Where a station keeps what it received (its own database, never the engine's). */
export interface StationStorage {
  load(): Promise<
    | (Pick<StationState, 'events' | 'mechanisms' | 'openDecisions' | 'pending'> & {
        heading?: ExerciseHeading | null;
        roster?: StationRoster | null;
      })
    | null
  >;
  save(update: {
    newEvents: readonly StationEvent[];
    mechanisms: readonly MechanismView[];
    openDecisions: readonly StationDecision[];
    pending: readonly PendingCommand[];
    heading: ExerciseHeading | null;
  }): Promise<void>;
  /** Keep the roster the host sent, so a station opened while the host is away still shows titles. */
  saveRoster(roster: StationRoster): Promise<void>;
}

/**
 * A role station's side of its channel: asks for what it lacks, keeps what arrives (deduplicated by stream
 * number, a gap answered by asking again), sends commands with ids it chose and resends the unanswered ones
 * when it reconnects, so the engine applies each once.
 */
export class StationClient {
  private current: StationState;
  private readonly waiting = new Map<string, (reply: CommandReply) => void>();
  private readonly listeners = new Set<(state: StationState) => void>();
  private stopListening: (() => void) | null = null;
  private saving: Promise<void> = Promise.resolve();

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
      clock: null,
      heading: null,
      roster: null,
      hostOnline: false,
      lastHostWallMs: null,
      pending: [],
      refusal: null,
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

  /** Send a command; resolves with the engine's reply (accepted or refused with a reason). */
  send<K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> {
    const command: PendingCommand = { commandId: `${this.station}-${this.newId()}`, type, payload };
    const answered = new Promise<CommandReply>((resolve) => this.waiting.set(command.commandId, resolve));
    this.update({ pending: [...this.current.pending, command] });
    this.persist([]);
    this.post({ kind: 'command', station: this.station, ...command });
    return answered;
  }

  heartbeat(): void {
    this.post({
      kind: 'heartbeat',
      station: this.station,
      since: this.current.events.at(-1)?.streamSeq ?? 0,
    });
    const online =
      this.current.lastHostWallMs !== null && this.now() - this.current.lastHostWallMs <= HOST_TIMEOUT_MS;
    if (online !== this.current.hostOnline) this.update({ hostOnline: online });
  }

  /** Resolves when everything received so far is in the station's storage. */
  flushed(): Promise<void> {
    return this.saving;
  }

  private hello(): void {
    const last = this.current.events.at(-1)?.streamSeq ?? 0;
    this.post({ kind: 'hello', station: this.station, since: last });
    for (const command of this.current.pending)
      this.post({ kind: 'command', station: this.station, ...command });
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
      this.hello();
      return;
    }
    const heard = { hostOnline: true, lastHostWallMs: this.now() };
    if (message.kind === 'clock') this.update({ ...heard, clock: message.clock });
    else if (message.kind === 'roster') {
      if (message.station !== this.station || message.roster.role !== this.current.role) return;
      this.update({ ...heard, roster: message.roster });
      const { roster } = message;
      this.saving = this.saving.then(() => this.storage.saveRoster(roster));
    } else if (message.kind === 'refused') {
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
      const last = this.current.events.at(-1)?.streamSeq ?? 0;
      const first = message.view.events[0]?.streamSeq;
      if (first !== undefined && first > last + 1) {
        // Missed a push (the station was closed or busy): ask again from what it has.
        this.hello();
        return;
      }
      const fresh = message.view.events.filter((event) => event.streamSeq > last);
      this.update({
        ...heard,
        events: fresh.length > 0 ? [...this.current.events, ...fresh] : this.current.events,
        mechanisms: message.view.mechanisms,
        openDecisions: message.view.openDecisions,
        heading: message.view.exercise,
      });
      this.persist(fresh);
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
