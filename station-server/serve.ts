// Browser mode: build the renderer if its sources changed, then serve it until stopped.
// Run with `npm run serve -- [--port N] [--host H]` (tsx).
import { errorMessage } from '../core/index';
import { buildIfStale, describeBuild, RENDERER_DIST } from './build-if-stale';
import { parseServeOptions, SERVE_USAGE, UsageError, type ServeOptions } from './serve-options';
import { startStaticServer, type RunningStaticServer } from './static-server';

// Messages, not stack traces: whoever runs this is starting an exercise, not debugging the server.
function fail(message: string, exitCode: number): never {
  console.error(`serve: ${message}`);
  process.exit(exitCode);
}

function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return 'that port is already in use: choose another with --port N';
  if (code === 'EADDRNOTAVAIL') return 'that address is not on this machine: check --host';
  if (code === 'EACCES') return 'not allowed to listen there: use a port above 1023';
  return errorMessage(error);
}

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

  try {
    console.log(`renderer: ${describeBuild(await buildIfStale())}`);
  } catch (error) {
    // Vite's error carries the located details (file, line, what failed): pass them on as they are.
    fail(`building the renderer failed: ${explain(error)}`, 1);
  }

  let running: RunningStaticServer;
  try {
    running = await startStaticServer({ root: RENDERER_DIST, host: options.host, port: options.port });
  } catch (error) {
    fail(`cannot serve on ${options.host}:${options.port}: ${explain(error)}`, 1);
  }
  console.log(`Playbook Exercise Simulator: ${running.url}`);

  const server = running;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl-C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    server.close().then(
      () => {
        console.log(`stopped (${signal})`);
        process.exit(0);
      },
      (error: unknown) => fail(`stopping: ${explain(error)}`, 1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(explain(error), 1));
