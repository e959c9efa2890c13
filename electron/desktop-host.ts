// The exercise host as the desktop app runs it, in its utility process: the same hosting as browser mode
// (station-server/hosting.ts) over the app's own files, on loopback, taking the desktop pages' origin.
import path from 'node:path';
import { readBundledPlaybook } from '../node-adapters/index';
import { HostingError, startHosting, type Hosting } from '../station-server/index';
import { APP_ORIGIN } from './app-protocol';
import type { HostArguments } from './host-messages';

export interface DesktopHosting {
  hosting: Hosting;
  /** `http://127.0.0.1:<port>`: what the pages connect to. */
  origin: string;
}

const isPortTaken = (error: unknown) =>
  error instanceof HostingError &&
  error.step === 'server' &&
  (error.cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * Starts the host on the port asked for, or on any free port when that one is taken (browser mode on the same
 * laptop, another program): the pages learn the port from main, so any port serves.
 */
export async function startDesktopHost(
  args: HostArguments,
  log: (line: string) => void,
): Promise<DesktopHosting> {
  const start = (port: number) =>
    startHosting({
      dataFolder: args.dataFolder,
      root: path.join(args.appRoot, 'dist', 'renderer'),
      hostName: '127.0.0.1',
      port,
      appOrigin: APP_ORIGIN,
      playbookSources: () => readBundledPlaybook(args.appRoot),
      log,
    });
  let hosting: Hosting;
  try {
    hosting = await start(args.port);
  } catch (error) {
    if (!isPortTaken(error) || args.port === 0) throw error;
    log(`port ${args.port} is taken: listening on another`);
    hosting = await start(0);
  }
  return { hosting, origin: `http://127.0.0.1:${hosting.server.port}` };
}
