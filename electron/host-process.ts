// What the host's utility process does (ADR 0008), apart from its entry (host-entry.ts) so that it is tested
// with a stand-in for Electron's parent port: it starts the host, says when it is ready, answers LAN requests
// and stops on request, flushing its journals. A failure to start is reported to main, which shows it.
import { errorMessage } from '../core/index';
import { explainListen, HostingError } from '../station-server/index';
import { startDesktopHost } from './desktop-host';
import { readHostArguments, ToHost, type FromHost } from './host-messages';

/** Electron's `process.parentPort` in a utility process, as far as the host uses it. */
export interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Why the host did not start, in words a controller can act on. */
export function startFailure(error: unknown, dataFolder: string): string {
  if (error instanceof HostingError && error.step === 'data folder')
    return `cannot open the data folder ${dataFolder}: ${errorMessage(error.cause)}`;
  const cause = error instanceof HostingError ? error.cause : error;
  return `cannot listen on this laptop: ${explainListen(cause, {
    inUse: 'no port is free on 127.0.0.1',
    notHere: '127.0.0.1 is not available',
    denied: 'not allowed to listen on 127.0.0.1',
  })}`;
}

/**
 * Runs the host for main: resolves with the exit code once it has stopped (on main's request, or because it
 * could not start). Everything it says goes through `port`, each message of the FromHost shape.
 */
export async function runHostProcess(port: ParentPort, argv: readonly string[]): Promise<number> {
  const say = (message: FromHost) => port.postMessage(message);
  const log = (line: string) => say({ kind: 'log', line });
  const args = readHostArguments(argv);
  if (args === null) {
    say({ kind: 'failed', reason: 'the host process was started without its arguments' });
    return 2;
  }
  let running: Awaited<ReturnType<typeof startDesktopHost>>;
  try {
    running = await startDesktopHost(args, log);
  } catch (error) {
    say({ kind: 'failed', reason: startFailure(error, args.dataFolder) });
    return 1;
  }
  const { hosting, origin } = running;
  return new Promise<number>((resolve) => {
    port.on('message', ({ data }) => {
      const message = ToHost.safeParse(data);
      if (!message.success) return log(`a message from main was not understood: ${message.error.message}`);
      if (message.data.kind === 'stop')
        return void hosting.close().then(
          () => resolve(0),
          (error: unknown) => {
            log(`stopping: ${errorMessage(error)}`);
            resolve(1);
          },
        );
      const { requestId, on } = message.data;
      void hosting.server.lan.set(on).then((lan) => say({ kind: 'lan', requestId, lan }));
    });
    say({ kind: 'ready', origin, dataFolder: args.dataFolder, lan: hosting.server.lan.status() });
  });
}
