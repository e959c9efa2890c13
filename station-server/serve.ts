// Browser mode, as `npm start` runs it: one Node process that hosts the exercises of a data folder and serves
// the app, the host's endpoints and its socket on loopback (docs/architecture.md §3, §5). Run with
// `npm start -- [--data DIR] [--port N] [--host H] [--no-build]`. It stops cleanly (journals flushed, locks
// released) on Ctrl-C, SIGTERM, or when the npm process that started it is gone.
import { errorMessage } from '../core/index';
import { buildIfStale, describeBuild, RENDERER_DIST } from './build-if-stale';
import { defaultDataFolder } from './data-folder';
import { HostingError, startHosting, type Hosting } from './hosting';
import { explainListen } from './lan-listeners';
import { findLauncher, watchLauncher } from './launcher-watch';
import { parseServeOptions, SERVE_USAGE, UsageError, type ServeOptions } from './serve-options';

// Messages, not stack traces: whoever runs this is starting an exercise, not debugging the server.
function fail(message: string, exitCode: number): never {
  console.error(`serve: ${message}`);
  process.exit(exitCode);
}

const explain = (error: unknown) =>
  explainListen(error, {
    inUse: 'that port is already in use: choose another with --port N',
    notHere: 'that address is not on this machine: check --host',
    denied: 'not allowed to listen there: use a port above 1023',
  });

const log = (line: string) => console.log(`host: ${line}`);

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}; ${SERVE_USAGE}`, 2);
    throw error;
  }
  if (options.help) {
    console.log(SERVE_USAGE);
    return;
  }

  if (options.build) {
    try {
      console.log(`renderer: ${describeBuild(await buildIfStale())}`);
    } catch (error) {
      // Vite's error carries the located details (file, line, what failed): pass them on as they are.
      fail(`building the renderer failed: ${explain(error)}`, 1);
    }
  }

  const dataFolder = options.dataFolder ?? defaultDataFolder();
  console.log(`data folder: ${dataFolder}`);
  let hosting: Hosting;
  try {
    hosting = await startHosting({
      dataFolder,
      root: RENDERER_DIST,
      hostName: options.host,
      port: options.port,
      lan: options.lan ? { addresses: options.lan.addresses, on: true } : undefined,
      log,
    });
  } catch (error) {
    if (!(error instanceof HostingError)) throw error;
    if (error.step === 'data folder')
      fail(`cannot open the data folder ${dataFolder}: ${explain(error.cause)}`, 1);
    fail(`cannot serve on ${options.host}:${options.port}: ${explain(error.cause)}`, 1);
  }
  const { server } = hosting;
  console.log(`Playbook Exercise Simulator: ${server.url}`);
  // The addresses to give out, once more on their own lines: the controller reads them to the room.
  const lan = server.lan.status();
  if (options.lan && lan.problem) console.log(`LAN: ${lan.problem}`);
  for (const url of lan.urls) console.log(`stations: ${url}#/join`);
  console.log(`process: ${process.pid}`);

  let stopping = false;
  const stop = (why: string) => {
    // A second Ctrl-C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    // The exercises first (their stations told the host is going, journals flushed, locks released), then
    // the sockets and the address.
    hosting.close().then(
      () => {
        console.log(`stopped (${why})`);
        process.exit(0);
      },
      (error: unknown) => fail(`stopping: ${explain(error)}`, 1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const launcher = findLauncher();
  if (launcher !== null) watchLauncher(launcher, () => stop(`npm, process ${launcher}, is gone`));
}

// A failure no one awaited (a station's command whose write failed, in core's station hub) is the exercise's
// problem, shown on its console; the host and every other exercise carry on.
process.on('unhandledRejection', (reason) => log(`unexpected failure: ${errorMessage(reason)}`));

main().catch((error: unknown) => fail(explain(error), 1));
