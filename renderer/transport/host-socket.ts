import {
  CONSOLE_CHANNEL,
  parseHostFrame,
  parseStationChannel,
  type ClientFrame,
  type FrameError,
  type OpenChannel,
  type TransportChannel,
} from '../../core/index';
import { hostSocketUrl } from './host-address';

/** What HostSocket needs of a WebSocket: the browser's, or the `ws` package's in a Node test. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}
export type SocketConstructor = new (url: string) => SocketLike;

export type HostStatus = 'connected' | 'disconnected';

export interface HostSocketOptions {
  /** Default: the host's socket (host-address.ts): the bridge's host, or the one that served the page. */
  url?: string;
  /** Default: the global WebSocket, read when each connection is made. */
  WebSocket?: SocketConstructor;
  /** Waits before reconnecting (tests pass their own timers). */
  schedule?: (run: () => void, ms: number) => () => void;
}

const OPEN = 1;
/** The first reconnection waits half a second, then twice as long each time, never longer than 5 s. */
export const RECONNECT_FIRST_MS = 500;
export const RECONNECT_MAX_MS = 5_000;

interface Endpoint {
  listeners: Set<(message: unknown) => void>;
}

/**
 * The page's one WebSocket to the exercise host, with the channels it carries (docs/architecture.md §5): a
 * channel is joined while anyone on the page holds it open, again after every reconnect, and left when the
 * last one closes it. The socket reconnects by itself, waiting longer each time. While it is down, posts
 * are dropped: the protocols on top resend what matters (a station's hello and unanswered commands on
 * `host-online`, the console's hello, follows and pending commands on reconnect).
 */
export class HostSocket {
  private socket: SocketLike | null = null;
  private readonly channels = new Map<string, Set<Endpoint>>();
  private readonly statusListeners = new Set<(status: HostStatus) => void>();
  private readonly errorListeners = new Set<(error: FrameError) => void>();
  /** The station token each station channel is joined with, on every (re)join (ADR 0007). */
  private readonly tokens = new Map<string, string>();
  private open = false;
  /** The status last told to listeners: none before the first connection or failure. */
  private told: HostStatus | null = null;
  private closed = false;
  private waitMs = RECONNECT_FIRST_MS;
  private cancelRetry: () => void = () => undefined;

  constructor(private readonly options: HostSocketOptions = {}) {
    this.connect();
  }

  get connected(): boolean {
    return this.open;
  }

  /**
   * A channel on this socket: core's TransportChannel, so the station and console protocols run on it. A
   * station channel is joined with the station's token.
   */
  openChannel(name: string, token?: string): TransportChannel {
    const endpoint: Endpoint = { listeners: new Set() };
    let peers = this.channels.get(name);
    if (token !== undefined) this.tokens.set(name, token);
    if (!peers) {
      this.channels.set(name, (peers = new Set()));
      this.sendFrame(this.joinFrame(name));
    }
    peers.add(endpoint);
    return {
      post: (body) => this.sendFrame({ op: 'post', ch: name, body }),
      listen(listener) {
        endpoint.listeners.add(listener);
        return () => endpoint.listeners.delete(listener);
      },
      close: () => {
        endpoint.listeners.clear();
        const current = this.channels.get(name);
        if (!current?.delete(endpoint) || current.size > 0) return;
        this.channels.delete(name);
        this.tokens.delete(name);
        this.sendFrame({ op: 'leave', ch: name });
      },
    };
  }

  /**
   * Called with each change between connected and disconnected; a first attempt that fails counts as
   * disconnected. Returns the function that stops it.
   */
  onStatus(listener: (status: HostStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Called when the host refused a frame of this page (its field and reason). */
  onFrameError(listener: (error: FrameError) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Closes the socket for good (a test's end, the page's). */
  close(): void {
    this.closed = true;
    this.cancelRetry();
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.lost();
  }

  private connect(): void {
    if (this.closed) return;
    // The DOM's handlers take a MessageEvent where SocketLike's take anything with `data` (so `ws` fits too):
    // the same object at run time, only the declared handler types differ.
    const Socket = this.options.WebSocket ?? (globalThis.WebSocket as unknown as SocketConstructor);
    let socket: SocketLike;
    try {
      socket = new Socket(this.options.url ?? hostSocketUrl());
    } catch {
      this.lost();
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.open = true;
      this.waitMs = RECONNECT_FIRST_MS;
      for (const name of this.channels.keys()) this.sendFrame(this.joinFrame(name));
      this.tell('connected');
    };
    socket.onmessage = (event) => {
      if (this.socket === socket && typeof event.data === 'string') this.receive(event.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lost();
      this.retry();
    };
    // A failed connection is followed by `close`, which retries.
    socket.onerror = () => undefined;
  }

  private retry(): void {
    if (this.closed) return;
    const wait = this.waitMs;
    this.waitMs = Math.min(this.waitMs * 2, RECONNECT_MAX_MS);
    const schedule =
      this.options.schedule ??
      ((run: () => void, ms: number) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      });
    this.cancelRetry = schedule(() => this.connect(), wait);
  }

  /** The connection went, or never came: stations hear that their host is offline (their clocks stop). */
  private lost(): void {
    if (this.open) {
      this.open = false;
      for (const [name, peers] of this.channels) {
        if (parseStationChannel(name)) this.deliver(peers, { kind: 'host-offline' });
      }
    }
    this.tell('disconnected');
  }

  private tell(status: HostStatus): void {
    if (this.told === status) return;
    this.told = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }

  private receive(text: string): void {
    const frame = parseHostFrame(text);
    if (!frame) return;
    if (frame.ch !== null) {
      const peers = this.channels.get(frame.ch);
      if (peers) this.deliver(peers, frame.body);
      return;
    }
    const { error } = frame;
    for (const listener of [...this.errorListeners]) listener(error);
    // The channel the refused frame was for hears it in its own protocol's words, so its screen shows it.
    const peers = error.ch === null ? undefined : this.channels.get(error.ch);
    if (!peers || error.ch === null) return;
    const reason = `the exercise host refused a message: ${error.field}: ${error.reason}`;
    if (parseStationChannel(error.ch)) this.deliver(peers, { kind: 'refused', station: null, reason });
    else if (error.ch === CONSOLE_CHANNEL) this.deliver(peers, { kind: 'refused', requestId: null, reason });
  }

  private deliver(peers: ReadonlySet<Endpoint>, message: unknown): void {
    for (const peer of [...peers]) for (const listener of [...peer.listeners]) listener(message);
  }

  private joinFrame(name: string): ClientFrame {
    const token = this.tokens.get(name);
    return token === undefined ? { op: 'join', ch: name } : { op: 'join', ch: name, token };
  }

  private sendFrame(frame: ClientFrame): void {
    const socket = this.socket;
    if (!this.open || !socket || socket.readyState !== OPEN) return;
    socket.send(JSON.stringify(frame));
  }
}

let shared: HostSocket | null = null;

/** The page's one socket to the host, made on first use. */
export function hostSocket(): HostSocket {
  shared ??= new HostSocket();
  return shared;
}

/** Puts another socket in the page's place (a test's host), or none: the next use makes one again. */
export function setHostSocket(socket: HostSocket | null): void {
  if (shared && shared !== socket) shared.close();
  shared = socket;
}

/** A station's channels on the page's socket, joined with its token: what StationClient talks over. */
export function stationChannels(token: string): OpenChannel {
  return (name) => hostSocket().openChannel(name, token);
}
