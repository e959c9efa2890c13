import {
  shownMachines,
  stationRoster,
  stationWords,
  type EngineState,
  type ExerciseEngine,
  type StationView,
} from '../engine/index';
import {
  stationChannelName,
  type CommandReply,
  type ExerciseCommand,
  type OpenChannel,
  type TransportChannel,
} from '../ports/index';
import {
  isHostMessage,
  parseStationMessage,
  StationId,
  type HostMessage,
  type StationMessage,
} from './station-protocol';

/** A station is shown as connected while it has been heard from within this long. */
export const PRESENCE_TIMEOUT_MS = 15_000;

/**
 * The most events one view carries in answer to a station: a station that rejoins a long exercise gets its
 * history in pages it asks for one after the other, never in one frame of megabytes.
 */
export const STATION_PAGE_EVENTS = 500;

/** The first page of a view: its first STATION_PAGE_EVENTS events, marked `more` when the rest follows. */
export function firstPage(view: StationView): StationView {
  if (view.events.length <= STATION_PAGE_EVENTS) return view;
  const events = view.events.slice(0, STATION_PAGE_EVENTS);
  return { ...view, events, streamSeq: events.at(-1)?.streamSeq ?? view.streamSeq, more: true };
}

/** Whose message a refusal answers: the station it names, when it names one, so no other shows it. */
function senderOf(raw: unknown): string | null {
  const station = StationId.safeParse((raw as { station?: unknown } | null)?.station);
  return station.success ? station.data : null;
}

/**
 * What the mechanisms and open decisions of every role's view are made of: each actor's machine, case and
 * states (not its context: no view shows it), and NO PLAY, which the heading shows. While it stays the same,
 * a push carries only what a role's stream gained, and roles whose stream did not grow are not pushed: a
 * message between two roles costs the other thirty-eight nothing.
 */
function viewMark(state: Readonly<EngineState>): string {
  const parts = [String(state.noPlay)];
  for (const [key, actor] of Object.entries(state.actors)) parts.push(key, JSON.stringify(actor.value));
  return parts.join('\u0000');
}

export interface StationPresence {
  role: string;
  station: string;
  lastSeenWallMs: number;
  lastActedWallMs: number | null;
  connected: boolean;
}

interface RoleLink {
  channel: TransportChannel;
  stopListening: () => void;
  /**
   * The last stream number pushed on this channel; the next push carries what follows. Null until a station
   * of the role is first heard: a role's stream is built only when someone plays it.
   */
  pushed: number | null;
  /**
   * At the last push: the view mark, the mechanisms and open decisions (as JSON), the machines they show and
   * the heading (as JSON). A push carries the mechanisms and open decisions only when they changed, and the
   * words only when the machines shown did.
   */
  mark: string | null;
  shape: string | null;
  shown: string | null;
  heading: string | null;
  stations: Map<string, { lastSeenWallMs: number; lastActedWallMs: number | null }>;
}

/**
 * How a station's command reaches the engine. The default is the engine itself; a host puts its own in front
 * when it must answer some commands without the engine (a read-only journal) or turn a failed write into a
 * refusal: the gate always answers, it never rejects.
 */
export type StationCommandGate = (command: ExerciseCommand, wallMs: number) => Promise<CommandReply>;

/**
 * The engine host's side of the stations: one channel per role, each station's commands executed as that
 * role, and each role's `StationView` pushed as events reach its stream. Runs where the engine runs (the
 * controller's tab); nothing here decides anything the engine would not.
 */
export class StationHub {
  private readonly links = new Map<string, RoleLink>();
  private readonly listeners = new Set<() => void>();
  private stopEngine: (() => void) | null = null;

  constructor(
    private readonly engine: ExerciseEngine,
    private readonly open: OpenChannel,
    private readonly now: () => number,
    private readonly execute: StationCommandGate = (command, wallMs) => engine.execute(command, wallMs),
  ) {}

  /** Open a channel for each role a station may play, and push on every engine change. */
  start(roles: readonly string[]): void {
    const exerciseId = this.engine.state.exerciseId;
    for (const role of roles) {
      if (this.links.has(role)) continue;
      const channel = this.open(stationChannelName(exerciseId, role));
      const link: RoleLink = {
        channel,
        stopListening: () => undefined,
        pushed: null,
        mark: null,
        shape: null,
        shown: null,
        heading: null,
        stations: new Map(),
      };
      link.stopListening = channel.listen((raw) => void this.receive(role, link, raw));
      this.links.set(role, link);
    }
    this.stopEngine ??= this.engine.subscribe(() => this.pushAll());
  }

  /** Tell every station the host is going away (a closing tab), then close the channels. */
  stop(): void {
    this.stopEngine?.();
    this.stopEngine = null;
    for (const link of this.links.values()) {
      link.channel.post({ kind: 'host-offline' } satisfies HostMessage);
      link.stopListening();
      link.channel.close();
    }
    this.links.clear();
  }

  /** The clock as stations should show it; sent every second, it is also the host's heartbeat. */
  broadcastClock(): void {
    const { clock } = this.engine.state;
    const wallMs = this.now();
    const message: HostMessage = {
      kind: 'clock',
      clock: {
        status: clock.status,
        speed: clock.speed,
        scenarioMs: this.engine.scenarioTimeAt(wallMs),
        wallMs,
      },
    };
    for (const link of this.links.values()) link.channel.post(message);
  }

  presence(): StationPresence[] {
    const now = this.now();
    const out: StationPresence[] = [];
    for (const [role, link] of this.links)
      for (const [station, seen] of link.stations)
        out.push({ role, station, ...seen, connected: now - seen.lastSeenWallMs <= PRESENCE_TIMEOUT_MS });
    return out.sort((a, b) => a.role.localeCompare(b.role) || a.station.localeCompare(b.station));
  }

  /** Called when presence changes (a station arrives, acts or beats). */
  onPresence(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async receive(role: string, link: RoleLink, raw: unknown): Promise<void> {
    const parsed = parseStationMessage(raw, role);
    if (!parsed.ok) {
      // Host messages echo on shared channels in some transports; anything else is reported back.
      if (isHostMessage(raw)) return;
      link.channel.post({
        kind: 'refused',
        station: senderOf(raw),
        reason: parsed.reason,
      } satisfies HostMessage);
      return;
    }
    const message = parsed.message;
    const firstHeard = !link.stations.has(message.station);
    this.seen(role, link, message);
    // The roster goes before the view, so the station words the view's items with it: on every hello (a
    // reconnect gets it again), and to a station this host has not heard from (the host restarted).
    if (message.kind === 'hello' || firstHeard)
      link.channel.post({
        kind: 'roster',
        station: message.station,
        roster: stationRoster(this.engine.content, this.engine.state, role),
      } satisfies HostMessage);
    if (message.kind === 'hello') {
      link.channel.post({
        kind: 'view',
        station: message.station,
        view: firstPage(this.engine.stationView(role, Math.min(message.since, this.streamLength(role)))),
      } satisfies HostMessage);
      this.broadcastClock();
    } else if (message.kind === 'heartbeat') {
      if (message.since !== undefined && message.since < this.streamLength(role))
        link.channel.post({
          kind: 'view',
          station: message.station,
          view: firstPage(this.engine.stationView(role, message.since)),
        } satisfies HostMessage);
    } else if (message.kind === 'command') {
      const reply = await this.execute(
        {
          commandId: message.commandId,
          type: message.type,
          issuedBy: { role, station: message.station },
          payload: message.payload,
        },
        this.now(),
      );
      const stationEntry = link.stations.get(message.station);
      if (stationEntry && reply.ok) stationEntry.lastActedWallMs = this.now();
      link.channel.post({
        kind: 'reply',
        station: message.station,
        commandId: message.commandId,
        reply,
      } satisfies HostMessage);
      this.notify();
    }
  }

  private seen(role: string, link: RoleLink, message: StationMessage): void {
    // Stations already hold what reached them before this host started (a reload, a late joiner); they
    // say how far they got in their hello or heartbeat, and are caught up from there.
    link.pushed ??= this.streamLength(role);
    const entry = link.stations.get(message.station);
    if (entry) entry.lastSeenWallMs = this.now();
    else link.stations.set(message.station, { lastSeenWallMs: this.now(), lastActedWallMs: null });
    this.notify();
  }

  private streamLength(role: string): number {
    return this.engine.streamLength(role);
  }

  /**
   * Push what each connected role has not been sent yet: what its stream gained, its mechanisms and open
   * decisions when they changed, with the words when the machines they show changed (an answer to a
   * station's hello carries everything).
   */
  private pushAll(): void {
    const mark = viewMark(this.engine.state);
    for (const [role, link] of this.links) {
      if (link.pushed === null) continue;
      const reshaped = mark !== link.mark;
      if (!reshaped && this.streamLength(role) === link.pushed) continue;
      link.mark = mark;
      const view = this.engine.stationUpdate(role, link.pushed, { shape: reshaped });
      const { mechanisms, openDecisions } = view;
      const shape = mechanisms && openDecisions ? JSON.stringify([mechanisms, openDecisions]) : link.shape;
      const heading = JSON.stringify(view.exercise);
      if (shape === link.shape) {
        delete view.mechanisms;
        delete view.openDecisions;
        // A machine this role does not see moved: nothing of its view changed.
        if (view.events.length === 0 && heading === link.heading) continue;
      } else if (mechanisms && openDecisions) {
        link.shape = shape;
        const shown = shownMachines({ mechanisms, openDecisions });
        const shownKey = shown.join('\u0000');
        if (shownKey !== link.shown) view.words = stationWords(this.engine.content.playbook, shown);
        link.shown = shownKey;
      }
      link.heading = heading;
      link.pushed = view.streamSeq;
      link.channel.post({ kind: 'view', station: null, view } satisfies HostMessage);
    }
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
