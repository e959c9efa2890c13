import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  CONSOLE_CHANNEL,
  errorMessage,
  HOST_SOCKET_PATH,
  MAX_FRAME_BYTES,
  MAX_STATION_FRAME_BYTES,
  parseClientFrame,
  parseStationChannel,
  type ClientFrame,
  type FrameError,
  type HostFrame,
  type HostMessage,
} from '../core/index';
import type { ChannelBus, ChannelMember } from './channel-bus';
import { ConsoleSession } from './console-session';
import type { ExerciseHostApi } from './host-api';
import { isLoopbackAddress, isLoopbackHostHeader } from './loopback';

export interface SocketServerOptions {
  server: http.Server;
  host: ExerciseHostApi;
  bus: ChannelBus;
  consoleToken: string;
  /** One line per failure, for the operator's terminal. */
  log?: (line: string) => void;
}

export interface RunningSocketServer {
  /** Closes every socket (code 1001: the host is going away) and stops taking new ones. */
  close(): Promise<void>;
}

const HOST_ONLINE: HostMessage = { kind: 'host-online' };

/**
 * Why an upgrade is refused (docs/architecture.md §5, decision 8), or null: the Host header must name this
 * machine (a DNS-rebinding page cannot), a page's Origin must be the host's own, and a client without an
 * Origin (a Node client, not a browser) must connect from loopback.
 */
export function upgradeRefusal(request: http.IncomingMessage): string | null {
  const host = request.headers.host;
  if (!isLoopbackHostHeader(host)) return `Host header ${JSON.stringify(host ?? '')} is not a loopback name`;
  const origin = request.headers.origin;
  if (origin === undefined)
    return isLoopbackAddress(request.socket.remoteAddress)
      ? null
      : 'a socket without Origin must come from loopback';
  if (origin.toLowerCase() !== `http://${(host as string).toLowerCase()}`)
    return `Origin ${origin} is not this host's (http://${host as string})`;
  return null;
}

function refuseUpgrade(socket: Duplex, status: 403 | 404, reason: string): void {
  const body = `${status === 403 ? 'Forbidden' : 'Not Found'}: ${reason}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Not Found'}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Serves the one WebSocket each client holds (HOST_SOCKET_PATH) on the http server that serves the app. */
export function attachSocketServer(options: SocketServerOptions): RunningSocketServer {
  const { server, bus } = options;
  const log = options.log ?? (() => undefined);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let counter = 0;

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0];
    if (pathname !== HOST_SOCKET_PATH) return refuseUpgrade(socket, 404, `no socket at ${pathname}`);
    const refusal = upgradeRefusal(request);
    if (refusal) {
      log(`socket refused from ${request.socket.remoteAddress ?? '?'}: ${refusal}`);
      return refuseUpgrade(socket, 403, refusal);
    }
    wss.handleUpgrade(request, socket, head, (ws) =>
      serveSocket(ws, `socket ${++counter} (${request.socket.remoteAddress ?? '?'})`, request, options, log),
    );
  };
  server.on('upgrade', onUpgrade);

  // A hub that starts after its stations' sockets joined (an exercise opened on demand, or opened again):
  // tell them the host is there, so they say hello and resend what is unanswered.
  const stopGreeting = bus.onHostOpen((name) => {
    if (parseStationChannel(name)) for (const member of bus.membersOf(name)) member.send(name, HOST_ONLINE);
  });

  return {
    close: async () => {
      server.off('upgrade', onUpgrade);
      stopGreeting();
      for (const ws of wss.clients) ws.close(1001, 'the host is stopping');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const ws of wss.clients) ws.terminate();
    },
  };
}

function serveSocket(
  ws: WebSocket,
  name: string,
  request: http.IncomingMessage,
  options: SocketServerOptions,
  log: (line: string) => void,
): void {
  const { bus, host } = options;
  const sendFrame = (frame: HostFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  };
  const refuse = (error: FrameError) => sendFrame({ ch: null, error });
  const member: ChannelMember = { send: (ch, body) => sendFrame({ ch, body }) };
  let consoleSession: ConsoleSession | null = null;

  const join = async (ch: string) => {
    if (ch === CONSOLE_CHANNEL) {
      consoleSession ??= new ConsoleSession({
        host,
        consoleToken: options.consoleToken,
        loopback: isLoopbackAddress(request.socket.remoteAddress),
        send: (body) => sendFrame({ ch: CONSOLE_CHANNEL, body }),
        log: (line) => log(`${name}: ${line}`),
      });
      return;
    }
    const station = parseStationChannel(ch);
    if (!station) return refuse({ ch, field: 'ch', reason: `no channel ${ch} on this host` });
    let roles;
    try {
      roles = (await host.open(station.exerciseId)).roles;
    } catch (error) {
      return refuse({ ch, field: 'ch', reason: `exercise ${station.exerciseId}: ${errorMessage(error)}` });
    }
    if (!roles.has(station.role))
      return refuse({
        ch,
        field: 'ch',
        reason: `exercise ${station.exerciseId} has no role ${station.role}`,
      });
    if (ws.readyState !== ws.OPEN) return;
    bus.join(member, ch);
    member.send(ch, HOST_ONLINE);
  };

  const post = async (frame: Extract<ClientFrame, { op: 'post' }>, bytes: number) => {
    const { ch, body } = frame;
    if (ch === CONSOLE_CHANNEL) {
      if (!consoleSession) return refuse({ ch, field: 'ch', reason: `join ${ch} before posting on it` });
      return consoleSession.handle(body);
    }
    if (!parseStationChannel(ch)) return refuse({ ch, field: 'ch', reason: `no channel ${ch} on this host` });
    if (bytes > MAX_STATION_FRAME_BYTES)
      return refuse({
        ch,
        field: 'body',
        reason: `a station frame may be at most ${MAX_STATION_FRAME_BYTES} bytes; this one is ${bytes}`,
      });
    if (!bus.hasJoined(member, ch))
      return refuse({ ch, field: 'ch', reason: `join ${ch} before posting on it` });
    if (!bus.deliver(member, ch, body))
      refuse({ ch, field: 'ch', reason: `exercise of ${ch} is not being hosted now: try again shortly` });
  };

  const handle = async (data: RawData, isBinary: boolean) => {
    if (isBinary)
      return refuse({ ch: null, field: 'frame', reason: 'binary frames are not read: send JSON text' });
    const buffer = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const parsed = parseClientFrame(buffer.toString('utf8'));
    if (!parsed.ok) return refuse(parsed.error);
    const frame = parsed.frame;
    if (frame.op === 'join') return join(frame.ch);
    if (frame.op === 'post') return post(frame, buffer.byteLength);
    if (frame.ch === CONSOLE_CHANNEL) {
      consoleSession?.close();
      consoleSession = null;
    } else bus.leave(member, frame.ch);
  };

  ws.on('message', (data, isBinary) => {
    // Everything a frame does is caught here: one socket's fault never reaches another, nor the host.
    handle(data, isBinary).catch((error: unknown) => {
      log(`${name}: ${errorMessage(error)}`);
      refuse({
        ch: null,
        field: 'frame',
        reason: `the host could not handle this frame: ${errorMessage(error)}`,
      });
    });
  });
  ws.on('error', (error) => log(`${name}: ${errorMessage(error)}`));
  ws.on('close', () => {
    bus.leaveAll(member);
    consoleSession?.close();
  });
}
