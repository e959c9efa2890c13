import { randomBytes } from 'node:crypto';
import type { ChannelBus } from './channel-bus';
import type { ExerciseHostApi } from './host-api';
import { createHostRoutes } from './host-routes';
import { attachSocketServer } from './socket-server';
import { startStaticServer } from './static-server';

export interface HostServerOptions {
  host: ExerciseHostApi;
  /** The bus the host's station hubs were given (`openChannel: bus.open`). */
  bus: ChannelBus;
  /** The built renderer. */
  root: string;
  hostName?: string;
  port?: number;
  /** Given in tests; a fresh random token per process otherwise. */
  consoleToken?: string;
  log?: (line: string) => void;
}

export interface RunningHostServer {
  url: string;
  hostName: string;
  port: number;
  consoleToken: string;
  /** Closes the sockets and stops listening (once); the exercise host is the caller's to close. */
  close(): Promise<void>;
}

/** A random token per process: a console page from an earlier run of the host holds a token that no longer works. */
export function newConsoleToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Serves the app, the host's endpoints and the host's socket on one address (docs/architecture.md §5). */
export async function startHostServer(options: HostServerOptions): Promise<RunningHostServer> {
  const consoleToken = options.consoleToken ?? newConsoleToken();
  const running = await startStaticServer({
    root: options.root,
    host: options.hostName,
    port: options.port,
    routes: createHostRoutes({ host: options.host, consoleToken }),
  });
  const sockets = attachSocketServer({
    server: running.server,
    host: options.host,
    bus: options.bus,
    consoleToken,
    log: options.log,
  });
  let closing: Promise<void> | null = null;
  return {
    url: running.url,
    hostName: running.host,
    port: running.port,
    consoleToken,
    // Once: a signal and a vanished launcher may both ask for it.
    close: () =>
      (closing ??= (async () => {
        await sockets.close();
        await running.close();
      })()),
  };
}
