import type { RawData, WebSocket } from 'ws';
import {
  COMMAND_AUTHORITY,
  CONSOLE_CHANNEL,
  errorMessage,
  isCommandType,
  MAX_STATION_FRAME_BYTES,
  parseClientFrame,
  parseStationChannel,
  parseStationMessage,
  type ClientFrame,
  type FrameError,
  type HostFrame,
  type HostMessage,
  type StationGrantKind,
  type StationMessage,
} from '../core/index';
import type { ChannelBus, ChannelMember } from './channel-bus';
import type { ConsoleServices } from './console-services';
import { ConsoleSession } from './console-session';
import { FrameBudget } from './frame-budget';
import { PacedFrames } from './paced-frames';
import type { StationSocket } from './station-connections';
import type { VerifiedStation } from './station-door-api';

export interface SocketSessionOptions {
  services: ConsoleServices;
  bus: ChannelBus;
  consoleToken: string;
  /** The peer is this machine and came in on the loopback listener: only then may it be the console. */
  mayBeConsole: boolean;
  address: string;
  now: () => number;
  /** The frame budget's sustained rate (frame-budget.ts); tests that fuzz raise it. */
  framesPerSecond?: number;
  log: (line: string) => void;
}

/** WebSocket close code for a station cut off by exercise control (the page asks for a new code). */
export const REVOKED_CLOSE_CODE = 4001;

const HOST_ONLINE: HostMessage = { kind: 'host-online' };

/**
 * A body the hub posts on a role's channel goes to every socket of the role: written out once, not once per
 * socket (a view can be tens of kilobytes, and a role may have many stations). Keyed by the posted object,
 * which nothing changes once posted.
 */
const bodyTexts = new WeakMap<object, string>();

function frameText(ch: string, body: unknown): string {
  if (typeof body !== 'object' || body === null) return JSON.stringify({ ch, body });
  let text = bodyTexts.get(body);
  if (text === undefined) bodyTexts.set(body, (text = JSON.stringify(body)));
  return `{"ch":${JSON.stringify(ch)},"body":${text}}`;
}

/** What each kind of station may send (issue 20 §1): the engine checks the role again, this is the door. */
function commandRefusal(kind: StationGrantKind, type: string): string | null {
  if (kind === 'observer') return 'an observer’s station sends nothing';
  if (!isCommandType(type)) return null;
  const authority = COMMAND_AUTHORITY[type];
  if (kind === 'evaluator' && authority !== 'evaluation')
    return `${type} is not an evaluator’s command: an evaluator’s station records observations, ratings and marks`;
  if (kind === 'player' && authority !== 'player')
    return `${type} is exercise control’s: a participant’s station may not send it`;
  return null;
}

/**
 * One client's socket (docs/architecture.md §5): its frames read under a budget, its station channels joined
 * only with a station token that names the channel's role, every post checked before it reaches the hub, and a
 * refusal sent to this socket alone. What the hub says to one station goes only to the sockets of that station.
 */
export class SocketSession {
  /** Station channel → the station its token names. */
  private readonly grants = new Map<string, VerifiedStation>();
  /** Null for the host laptop's own windows (loopback): the budget guards the host from the room network. */
  private readonly frames: PacedFrames | null;
  private consoleSession: ConsoleSession | null = null;
  private readonly registered = new Map<string, StationSocket>();
  /** The frame being handled: the next waits for it. */
  private turn: Promise<void> = Promise.resolve();
  /** Set by a pong or any frame; the ping sweep closes a socket that stayed silent for a whole round. */
  alive = true;

  readonly member: ChannelMember = { send: (ch, body) => this.toSocket(ch, body) };

  constructor(
    private readonly ws: WebSocket,
    readonly name: string,
    private readonly options: SocketSessionOptions,
  ) {
    this.frames = options.mayBeConsole ? null : this.pacedFrames(ws);
    ws.on('message', (data, isBinary) => {
      this.alive = true;
      if (this.frames) this.frames.arrive(data, isBinary);
      else this.onFrame(data, isBinary);
    });
    ws.on('pong', () => (this.alive = true));
    ws.on('error', (error) => options.log(`${name}: ${errorMessage(error)}`));
    ws.on('close', () => this.closed());
  }

  /** A room-network socket's frames, read at the budget's pace (frame-budget.ts, paced-frames.ts). */
  private pacedFrames(ws: WebSocket): PacedFrames {
    const { options, name } = this;
    return new PacedFrames({
      budget: new FrameBudget({
        now: options.now,
        ...(options.framesPerSecond === undefined
          ? {}
          : { perSecond: options.framesPerSecond, burst: options.framesPerSecond * 3 }),
      }),
      read: (data, isBinary) => this.onFrame(data, isBinary),
      pause: () => ws.pause(),
      resume: () => ws.resume(),
      close: (reason) => {
        options.log(`${name}: closed: ${reason}`);
        // Cut, not closed: a close waits for the peer's answer behind everything it queued, all of it read.
        ws.terminate();
      },
      tell: (reason) => this.refuse({ ch: null, field: 'frame', reason }),
      after: (run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      },
    });
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    // A socket whose frames wait (its reading paused) cannot be heard answering pings: a frame read is as good.
    this.alive = true;
    // One frame at a time, in order: a post right after a join finds the channel joined. Everything a frame
    // does is caught here: one socket's fault never reaches another, nor the host.
    this.turn = this.turn
      .then(() => this.handle(data, isBinary))
      .catch((error: unknown) => {
        this.options.log(`${this.name}: ${errorMessage(error)}`);
        this.refuse({
          ch: null,
          field: 'frame',
          reason: `the host could not handle this frame: ${errorMessage(error)}`,
        });
      });
  }

  private async handle(data: RawData, isBinary: boolean): Promise<void> {
    if (isBinary)
      return this.refuse({ ch: null, field: 'frame', reason: 'binary frames are not read: send JSON text' });
    const buffer = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const parsed = parseClientFrame(buffer.toString('utf8'));
    if (!parsed.ok) return this.refuse(parsed.error);
    const frame = parsed.frame;
    if (frame.op === 'join')
      return frame.ch === CONSOLE_CHANNEL ? this.joinConsole() : this.joinStation(frame);
    if (frame.op === 'post') return this.post(frame, buffer.byteLength);
    if (frame.ch === CONSOLE_CHANNEL) {
      this.consoleSession?.close();
      this.consoleSession = null;
    } else this.leaveStation(frame.ch);
  }

  private joinConsole(): void {
    if (!this.options.mayBeConsole)
      return this.refuse({
        ch: CONSOLE_CHANNEL,
        field: 'ch',
        reason: 'the console is served only to the host laptop (loopback): stations join with a code',
      });
    this.consoleSession ??= new ConsoleSession({
      host: this.options.services.host,
      access: this.options.services,
      consoleToken: this.options.consoleToken,
      loopback: true,
      send: (body) => this.sendFrame({ ch: CONSOLE_CHANNEL, body }),
      log: (line) => this.options.log(`${this.name}: ${line}`),
    });
  }

  private async joinStation(frame: Extract<ClientFrame, { op: 'join' }>): Promise<void> {
    const { ch, token } = frame;
    const channel = parseStationChannel(ch);
    if (!channel) return this.refuse({ ch, field: 'ch', reason: `no channel ${ch} on this host` });
    if (token === undefined)
      return this.refuse({
        ch,
        field: 'token',
        reason: 'a station channel is joined with a station token: join the exercise with a code first',
      });
    const { host, door } = this.options.services;
    const checked = await door.verify(channel.exerciseId, token);
    if (!checked.ok) return this.refuse({ ch, field: 'token', reason: checked.reason });
    const station = checked.station;
    if (!station.roles.includes(channel.role))
      return this.refuse({
        ch,
        field: 'ch',
        reason: `this station's token is for ${station.roles.join(', ')}, not ${channel.role}`,
      });
    try {
      const { roles } = await host.open(channel.exerciseId);
      if (!roles.has(channel.role))
        return this.refuse({
          ch,
          field: 'ch',
          reason: `exercise ${channel.exerciseId} has no role ${channel.role}`,
        });
    } catch (error) {
      return this.refuse({
        ch,
        field: 'ch',
        reason: `exercise ${channel.exerciseId}: ${errorMessage(error)}`,
      });
    }
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.grants.set(ch, station);
    this.register(station);
    this.options.bus.join(this.member, ch);
    this.member.send(ch, HOST_ONLINE);
  }

  private leaveStation(ch: string): void {
    const station = this.grants.get(ch);
    this.grants.delete(ch);
    this.options.bus.leave(this.member, ch);
    if (station && ![...this.grants.values()].some((held) => held.stationId === station.stationId))
      this.unregister(station);
  }

  private async post(frame: Extract<ClientFrame, { op: 'post' }>, bytes: number): Promise<void> {
    const { ch, body } = frame;
    if (ch === CONSOLE_CHANNEL) {
      if (!this.consoleSession)
        return this.refuse({ ch, field: 'ch', reason: `join ${ch} before posting on it` });
      return this.consoleSession.handle(body);
    }
    const channel = parseStationChannel(ch);
    if (!channel) return this.refuse({ ch, field: 'ch', reason: `no channel ${ch} on this host` });
    if (bytes > MAX_STATION_FRAME_BYTES)
      return this.refuse({
        ch,
        field: 'body',
        reason: `a station frame may be at most ${MAX_STATION_FRAME_BYTES} bytes; this one is ${bytes}`,
      });
    const station = this.grants.get(ch);
    if (!station) return this.refuse({ ch, field: 'ch', reason: `join ${ch} before posting on it` });
    const parsed = parseStationMessage(body, channel.role);
    if (!parsed.ok) return this.refuse({ ch, field: 'body', reason: parsed.reason });
    const message: StationMessage = parsed.message;
    if (message.station !== station.stationId)
      return this.refuse({
        ch,
        field: 'body.station',
        reason: `this socket is station ${station.stationId}, not ${message.station}`,
      });
    if (message.kind === 'command') {
      const refusal = commandRefusal(station.kind, message.type);
      if (refusal !== null) {
        // Answered like the engine's own refusal, so the station's command does not wait for ever.
        const reply = {
          ok: false as const,
          commandId: message.commandId,
          code: 'not-allowed' as const,
          reason: refusal,
        };
        return this.member.send(ch, {
          kind: 'reply',
          station: station.stationId,
          commandId: message.commandId,
          reply,
        } satisfies HostMessage);
      }
    }
    if (!this.options.bus.deliver(this.member, ch, message))
      this.refuse({
        ch,
        field: 'ch',
        reason: `exercise of ${ch} is not being hosted now: try again shortly`,
      });
  }

  /** The hub's message on a channel: one addressed to a station reaches only that station's sockets. */
  private toSocket(ch: string, body: unknown): void {
    const addressed = (body as { station?: unknown } | null)?.station;
    const station = this.grants.get(ch);
    if (station && typeof addressed === 'string' && addressed !== station.stationId) return;
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frameText(ch, body));
  }

  private register(station: VerifiedStation): void {
    const key = `${station.exerciseId}\n${station.stationId}`;
    if (this.registered.has(key)) return;
    const held: StationSocket = {
      address: this.options.address,
      sinceWallMs: this.options.now(),
      cut: (reason) => this.ws.close(REVOKED_CLOSE_CODE, reason.slice(0, 120)),
    };
    this.registered.set(key, held);
    this.options.services.connections.add(station.exerciseId, station.stationId, held);
  }

  private unregister(station: VerifiedStation): void {
    const key = `${station.exerciseId}\n${station.stationId}`;
    const held = this.registered.get(key);
    if (!held) return;
    this.registered.delete(key);
    this.options.services.connections.remove(station.exerciseId, station.stationId, held);
  }

  private closed(): void {
    this.frames?.dispose();
    this.options.bus.leaveAll(this.member);
    this.consoleSession?.close();
    for (const [key, held] of this.registered) {
      const [exerciseId, stationId] = key.split('\n') as [string, string];
      this.options.services.connections.remove(exerciseId, stationId, held);
    }
    this.registered.clear();
    this.grants.clear();
  }

  private sendFrame(frame: HostFrame): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(frame));
  }

  private refuse(error: FrameError): void {
    this.sendFrame({ ch: null, error });
  }
}
