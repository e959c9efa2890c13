// The entry of the host's utility process, bundled as dist/desktop/host.cjs (it never imports build tools):
// main forks it with hostArguments() and talks to it over Electron's parent port (host-process.ts).
import { errorMessage } from '../core/index';
import { runHostProcess, type ParentPort } from './host-process';

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (port === undefined) {
  console.error('host: this is the desktop app’s host process, which the app starts itself');
  process.exit(2);
}

// A failure no one awaited is the exercise's problem, shown on its console; the host carries on.
process.on('unhandledRejection', (reason) =>
  port.postMessage({ kind: 'log', line: `unexpected failure: ${errorMessage(reason)}` }),
);

void runHostProcess(port, process.argv).then((code) => process.exit(code));
