import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  HOST_SOCKET_PATH,
  MAX_FRAME_BYTES,
  MAX_STATION_FRAME_BYTES,
  parseStationChannel,
  type HostMessage,
} from '../core/index';
import type { ChannelBus } from './channel-bus';
import type { ConsoleServices } from './console-services';
import { isLoopbackAddress, isLoopbackHostHeader } from './loopback';
import { isOwnPageOrigin, type Listener } from './page-origin';
import { SocketSession } from './socket-session';

export interface SocketServerOptions {
  server: http.Server;
  services: ConsoleServices;
  bus: ChannelBus;
  consoleToken: string;
  listener?: Listener;
  now?: () => number;
  /** How often every socket is pinged; one that did not answer the last ping is dropped. */
  pingEveryMs?: number;
  framesPerSecond?: number;
  /** One line per failure, for the operator's terminal. */
  log?: (line: string) => void;
}

export interface RunningSocketServer {
  /** Closes every socket (code 1001: the host is going away) and stops taking new ones. */
  close(): Promise<void>;
}

export const PING_EVERY_MS = 15_000;

const HOST_ONLINE: HostMessage = { kind: 'host-online' };

/**
 * Why an upgrade is refused (docs/architecture.md §5, decision 8), or null. On the loopback listener the Host
 * header must name this machine (a DNS-rebinding page cannot), a page's Origin must be the host's own (or the
 * desktop app's, page-origin.ts), and a
 * client without an Origin (a Node client, not a browser) must connect from loopback. On a LAN listener the
 * Host header must be that listener's own address, and a page's Origin its own; any client still needs a
 * station token for every channel it joins.
 */
export function upgradeRefusal(
  request: http.IncomingMessage,
  listener: Listener = { kind: 'loopback' },
): string | null {
  const host = request.headers.host;
  if (listener.kind === 'loopback') {
    if (!isLoopbackHostHeader(host))
      return `Host header ${JSON.stringify(host ?? '')} is not a loopback name`;
  } else if ((host ?? '').toLowerCase() !== listener.hostHeader.toLowerCase())
    return `Host header ${JSON.stringify(host ?? '')} is not this host's address (${listener.hostHeader})`;
  const origin = request.headers.origin;
  if (origin === undefined)
    return listener.kind === 'lan' || isLoopbackAddress(request.socket.remoteAddress)
      ? null
      : 'a socket without Origin must come from loopback';
  if (!isOwnPageOrigin(origin, host, listener))
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
  const listener = options.listener ?? { kind: 'loopback' };
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  // A LAN laptop is only ever a station: its frames are small, and a larger one closes its socket (1009).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: listener.kind === 'lan' ? MAX_STATION_FRAME_BYTES : MAX_FRAME_BYTES,
  });
  const sessions = new Map<WebSocket, SocketSession>();
  let counter = 0;

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (request.url ?? '').split('?', 1)[0];
    if (pathname !== HOST_SOCKET_PATH) return refuseUpgrade(socket, 404, `no socket at ${pathname}`);
    const refusal = upgradeRefusal(request, listener);
    if (refusal) {
      log(`socket refused from ${request.socket.remoteAddress ?? '?'}: ${refusal}`);
      return refuseUpgrade(socket, 403, refusal);
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const address = request.socket.remoteAddress ?? '?';
      const session = new SocketSession(ws, `socket ${++counter} (${address})`, {
        services: options.services,
        bus,
        consoleToken: options.consoleToken,
        mayBeConsole: listener.kind === 'loopback' && isLoopbackAddress(address),
        address: address.replace(/^::ffff:/, ''),
        now,
        framesPerSecond: options.framesPerSecond,
        log,
      });
      sessions.set(ws, session);
      ws.on('close', () => sessions.delete(ws));
    });
  };
  server.on('upgrade', onUpgrade);

  // A hub that starts after its stations' sockets joined (an exercise opened on demand, or opened again):
  // tell them the host is there, so they say hello and resend what is unanswered.
  const stopGreeting = bus.onHostOpen((name) => {
    if (parseStationChannel(name)) for (const member of bus.membersOf(name)) member.send(name, HOST_ONLINE);
  });

  // A laptop that vanished (lid closed, cable pulled) sends no close: a socket silent for a whole round of
  // pings is dropped, so the console stops showing it connected and its channels are left.
  const pinging = setInterval(() => {
    for (const [client, session] of sessions) {
      if (!session.alive) {
        log(`${session.name}: no answer to the last ping: dropped`);
        client.terminate();
        continue;
      }
      session.alive = false;
      client.ping();
    }
  }, options.pingEveryMs ?? PING_EVERY_MS);
  pinging.unref();

  return {
    close: async () => {
      clearInterval(pinging);
      server.off('upgrade', onUpgrade);
      stopGreeting();
      // A socket whose reading is paused (frames over its budget wait) would not read the answer to a close.
      for (const ws of wss.clients)
        if (ws.isPaused) ws.terminate();
        else ws.close(1001, 'the host is stopping');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const ws of wss.clients) ws.terminate();
    },
  };
}
