// The host's utility process with a stand-in for Electron's parent port and a real host over a temp folder.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_SESSION_PATH } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { scratchFolders } from '../test/fixtures/scratch';
import { APP_ORIGIN } from './app-protocol';
import { hostArguments, type FromHost } from './host-messages';
import { runHostProcess, type ParentPort } from './host-process';

const tempFolder = scratchFolders('host-process');

/** Electron's parent port as the host process sees it: what it said, and a way to speak to it. */
function fakePort() {
  const said: FromHost[] = [];
  let listener: ((event: { data: unknown }) => void) | null = null;
  const waiters: { test: (message: FromHost) => boolean; resolve: (message: FromHost) => void }[] = [];
  const port: ParentPort = {
    postMessage(message) {
      said.push(message as FromHost);
      for (const waiter of [...waiters])
        if (waiter.test(message as FromHost)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message as FromHost);
        }
    },
    on(_event, next) {
      listener = next;
    },
  };
  return {
    port,
    said,
    send: (data: unknown) => listener?.({ data }),
    next: <K extends FromHost['kind']>(kind: K) =>
      new Promise<Extract<FromHost, { kind: K }>>((resolve) => {
        const found = said.find((message) => message.kind === kind);
        if (found) return resolve(found as Extract<FromHost, { kind: K }>);
        waiters.push({ test: (message) => message.kind === kind, resolve: resolve as never });
      }),
  };
}

const argv = (dataFolder: string, port = 0) => [
  'electron',
  'host.cjs',
  ...hostArguments({ appRoot: PROJECT_ROOT, dataFolder, port }),
];

describe('the host process', () => {
  it('says it is ready on loopback, takes the app’s pages, answers LAN requests, and stops on request', async () => {
    const fake = fakePort();
    const dataFolder = path.join(tempFolder(), 'exercises');
    const exit = runHostProcess(fake.port, argv(dataFolder));
    const ready = await fake.next('ready');
    expect(ready.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.dataFolder).toBe(dataFolder);
    expect(ready.lan.on).toBe(false);
    const session = await fetch(`${ready.origin}${HOST_SESSION_PATH}`, { headers: { Origin: APP_ORIGIN } });
    expect(session.status).toBe(200);
    expect(session.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);

    fake.send({ kind: 'lan', requestId: 7, on: false });
    expect(await fake.next('lan')).toEqual({ kind: 'lan', requestId: 7, lan: ready.lan });
    fake.send({ kind: 'nonsense' });
    await expect
      .poll(() => fake.said.some((m) => m.kind === 'log' && m.line.includes('not understood')))
      .toBe(true);

    fake.send({ kind: 'stop' });
    expect(await exit).toBe(0);
    // Stopped: nothing listens on its port any more.
    await expect(fetch(`${ready.origin}${HOST_SESSION_PATH}`)).rejects.toThrow();
  });

  it('reports a data folder it cannot open, naming it, and a start without arguments', async () => {
    const notAFolder = path.join(tempFolder(), 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const fake = fakePort();
    expect(await runHostProcess(fake.port, argv(notAFolder))).toBe(1);
    const failed = await fake.next('failed');
    expect(failed.reason).toContain(`cannot open the data folder ${notAFolder}`);
    const bare = fakePort();
    expect(await runHostProcess(bare.port, ['electron', 'host.cjs'])).toBe(2);
    expect((await bare.next('failed')).reason).toContain('without its arguments');
  });
});
