import { randomBytes } from 'node:crypto';
import type { ChannelBus } from './channel-bus';
import type { ConsoleServices } from './console-services';
import type { ExerciseHostApi } from './host-api';
import { createHostRoutes } from './host-routes';
import { LanListeners } from './lan-listeners';
import type { Listener } from './page-origin';
import { attachSocketServer } from './socket-server';
import { StationConnections } from './station-connections';
import type { StationDoorApi } from './station-door-api';
import { startStaticServer } from './static-server';

export interface HostServerOptions {
  host: ExerciseHostApi;
  /** The bus the host's station hubs were given (`openChannel: bus.open`). */
  bus: ChannelBus;
  /** Join codes and station tokens (station-door.ts). */
  door: StationDoorApi;
  /** The built renderer. */
  root: string;
  hostName?: string;
  port?: number;
  /** The desktop app's page origin (`app://pbsim`), taken as the host's own on loopback (ADR 0008). */
  appOrigin?: string;
  /** Given in tests; a fresh random token per process otherwise. */
  consoleToken?: string;
  /**
   * LAN mode: `addresses` to listen on besides loopback (`--host`), or null for every room address (`--lan`);
   * `on` to start listening at once. Absent: loopback only until the console turns LAN mode on.
   */
  lan?: { addresses: string[] | null; on: boolean };
  now?: () => number;
  /** How often sockets are pinged (tests make it short). */
  pingEveryMs?: number;
  /** Each socket's frame budget (frame-budget.ts); tests that fuzz raise it. */
  framesPerSecond?: number;
  log?: (line: string) => void;
}

export interface RunningHostServer {
  url: string;
  hostName: string;
  port: number;
  consoleToken: string;
  lan: LanListeners;
  connections: StationConnections;
  /** Closes the sockets and stops listening (once); the exercise host is the caller's to close. */
  close(): Promise<void>;
}

/** A random token per process: a console page from an earlier run of the host holds a token that no longer works. */
export function newConsoleToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Serves the app, the host's endpoints and the host's socket on loopback (docs/architecture.md §5), and on the
 * room network's addresses while LAN mode is on (lan-listeners.ts), with the same code and a narrower door.
 */
export async function startHostServer(options: HostServerOptions): Promise<RunningHostServer> {
  const consoleToken = options.consoleToken ?? newConsoleToken();
  const connections = new StationConnections();
  const routes = (listener: Listener) =>
    createHostRoutes({ host: options.host, door: options.door, consoleToken, listener });
  const loopback: Listener = { kind: 'loopback', appOrigin: options.appOrigin };
  const running = await startStaticServer({
    root: options.root,
    host: options.hostName,
    port: options.port,
    routes: routes(loopback),
  });
  // The services refer to the LAN listeners, and the listeners' sockets to the services: made in this order.
  const services = { host: options.host, door: options.door, connections } as ConsoleServices;
  const attachSockets = (server: typeof running.server, listener: Listener) =>
    attachSocketServer({
      server,
      services,
      bus: options.bus,
      consoleToken,
      listener,
      now: options.now,
      pingEveryMs: options.pingEveryMs,
      framesPerSecond: options.framesPerSecond,
      log: options.log,
    });
  const lan = new LanListeners({
    serving: { root: options.root, routes, attachSockets },
    port: running.port,
    chosen: options.lan?.addresses ?? null,
    log: options.log,
  });
  services.lan = lan;
  const sockets = attachSockets(running.server, loopback);
  // A revoked station is cut off at once, on every listener.
  const stopCutting = options.door.onRevoked((exerciseId, stationIds) =>
    connections.cut(exerciseId, stationIds, 'this station was revoked by exercise control'),
  );
  if (options.lan?.on) await lan.set(true);
  let closing: Promise<void> | null = null;
  return {
    url: running.url,
    hostName: running.host,
    port: running.port,
    consoleToken,
    lan,
    connections,
    // Once: a signal and a vanished launcher may both ask for it.
    close: () =>
      (closing ??= (async () => {
        stopCutting();
        await lan.set(false);
        await sockets.close();
        await running.close();
      })()),
  };
}
