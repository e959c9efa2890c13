// The browser-mode entry point run as a process, as `npm start` runs it: one node process (the pid it prints is
// the process started), which a SIGKILL leaves nothing of: the port and the journals' locks are free at once.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL, HOST_SESSION_PATH, type ConsoleMessage } from '../core/index';
import { startServeProcess, type ServeProcess } from '../test/fixtures/serve-process';
import { MINI_EXERCISE } from '../test/fixtures/memory-host';
import { SocketClient, waitFor } from '../test/fixtures/socket-client';
import { buildIfStale } from './build-if-stale';
import { exerciseFiles } from './data-folder';
import { acquireJournalLock } from './journal-lock';
import { isProcessAlive } from './launcher-watch';
import { NAME_AN_ADDRESS, SERVE_USAGE } from './serve-options';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_MS = 300_000;

function serve(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'station-server/serve.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

let folder: string;
const hosts: ServeProcess[] = [];
const children: ChildProcess[] = [];
const pids: number[] = [];

beforeAll(async () => {
  // The processes below serve the app as it is (--no-build), as the end-to-end harness does.
  await buildIfStale();
}, BUILD_MS);
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.kill();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const pid of pids.splice(0)) if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
});
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'serve-process-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function startHost(name: string, args: string[] = []): Promise<ServeProcess> {
  const host = await startServeProcess({ dataFolder: path.join(folder, name), args });
  hosts.push(host);
  return host;
}

/** A console on the host's socket that created the mini exercise and follows it (so its journal is locked). */
async function openExercise(host: ServeProcess): Promise<string> {
  const { consoleToken } = (await (await fetch(`${host.origin}${HOST_SESSION_PATH}`)).json()) as {
    consoleToken: string;
  };
  const client = await SocketClient.connect(host.port);
  client.join(CONSOLE_CHANNEL);
  client.post(CONSOLE_CHANNEL, { kind: 'hello', token: consoleToken });
  client.post(CONSOLE_CHANNEL, { kind: 'create', requestId: 'c', exercise: MINI_EXERCISE });
  const created = await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'created');
  const exerciseId = (created as Extract<ConsoleMessage, { kind: 'created' }>).exercise.exerciseId;
  client.post(CONSOLE_CHANNEL, { kind: 'open', exerciseId, since: 0 });
  await client.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'log');
  client.ws.terminate();
  return exerciseId;
}

function listen(port: number): Promise<void> {
  const server = net.createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

describe('station-server/serve.ts', () => {
  it('prints its usage for --help and exits 0, building nothing', () => {
    const run = serve('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${SERVE_USAGE}\n`);
    expect(run.stderr).toBe('');
  });

  it('refuses a bad option, or a wildcard host, with one line and the usage, exit 2', () => {
    const run = serve('--port', 'eighty');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `serve: --port must be a whole number from 0 to 65535, got 'eighty'; ${SERVE_USAGE}\n`,
    );
    const lan = serve('--host', '0.0.0.0');
    expect(lan.status).toBe(2);
    expect(lan.stderr).toBe(`serve: --host 0.0.0.0: ${NAME_AN_ADDRESS}; ${SERVE_USAGE}\n`);
  });

  it('prints its data folder, address and pid; after SIGKILL the port and the lock are free at once', async () => {
    const host = await startHost('killed');
    expect(host.output()).toContain(`data folder: ${host.dataFolder}\n`);
    const exerciseId = await openExercise(host);
    const { lock } = exerciseFiles(host.dataFolder, exerciseId);
    expect(existsSync(lock)).toBe(true);
    const printedPid = host.pid;
    await host.kill();
    // The process it printed was the one killed: no child of it is left holding anything.
    expect(isProcessAlive(printedPid)).toBe(false);
    await listen(host.port);
    const taken = await acquireJournalLock(lock, { now: Date.now });
    await taken.release();
  });

  it('with --host ADDRESS serves stations there too, prints the address to give out, and keeps the console on loopback', async () => {
    // 127.0.0.2 stands in for the laptop's room address: a LAN listener is one by what it is.
    const host = await startHost('lan', ['--host', '127.0.0.2']);
    const lan = `http://127.0.0.2:${host.port}`;
    await waitFor('the address to give out', () =>
      host.output().includes(`stations: ${lan}/#/join\n`) ? true : undefined,
    );
    expect((await fetch(`${lan}/`)).status).toBe(200);
    expect((await fetch(`${lan}${HOST_SESSION_PATH}`)).status).toBe(403);
    expect((await fetch(`${host.origin}${HOST_SESSION_PATH}`)).status).toBe(200);
  });

  it('on SIGTERM closes its exercises (locks released) and exits 0', async () => {
    const host = await startHost('stopped');
    const exerciseId = await openExercise(host);
    expect(await host.stop()).toBe(0);
    expect(host.output()).toContain('stopped (SIGTERM)');
    expect(existsSync(exerciseFiles(host.dataFolder, exerciseId).lock)).toBe(false);
  });

  it('started by `npm start`, stops cleanly when npm itself is killed', async () => {
    const npm = spawn(
      'npm',
      ['start', '--', '--no-build', '--port', '0', '--data', path.join(folder, 'npm')],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.push(npm);
    let output = '';
    npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const match = await waitFor(
      'the host to print its pid',
      () => /process: (\d+)/.exec(output) ?? undefined,
      120_000,
    );
    const hostPid = Number(match[1]);
    pids.push(hostPid);
    expect(hostPid).not.toBe(npm.pid);
    npm.kill('SIGKILL');
    await waitFor('the host to see npm gone', () =>
      output.includes(`stopped (npm, process ${npm.pid}, is gone)`) ? true : undefined,
    );
    await waitFor('the host to exit', () => (isProcessAlive(hostPid) ? undefined : true));
  });
});
