// The console as the renderer runs it, against the real exercise host over real sockets: the page's
// HostSocket (with the `ws` package's WebSocket), the console's connection and its RemoteExercise, talking to
// an ExerciseHost on a temporary data folder behind its socket server on 127.0.0.1. What the console holds
// must be what the host recorded on disk, through commands, the socket server going away and coming back, and
// the host itself restarting.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  canonicalJson,
  contentOfCreated,
  ExerciseReadModels,
  isEvent,
  metricsOf,
  replay,
  type ExerciseEvent,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import {
  ConsoleConnection,
  fetchConsoleToken,
  followExercise,
  restoreBackup,
  type RemoteExercise,
} from '../renderer/host/index';
import { HostSocket, type SocketConstructor } from '../renderer/transport/index';
import {
  ChannelBus,
  exerciseFiles,
  startHostServer,
  StationDoor,
  type RunningHostServer,
} from '../station-server/index';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  miniExerciseRequest,
  startHostWorld,
  tempDataFolder,
  type HostWorld,
} from './fixtures/exercise-host-world';

const TOKEN = 'remote-console-token';
const cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
  await cleanUpHostWorlds();
});

/** Until `check` passes: the socket is real, so what it carries arrives when it arrives. */
async function until(check: () => void, what: string, limitMs = 30_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > limitMs) throw new Error(`${what}: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/** A host on a temporary data folder, served on 127.0.0.1 with a port of its own; it can be restarted. */
async function servedHost() {
  const dataFolder = tempDataFolder();
  const root = path.join(tempDataFolder(), 'dist');
  mkdirSync(root);
  writeFileSync(
    path.join(root, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
  );
  const bus = new ChannelBus();
  const clock = { wallMs: Date.UTC(2026, 0, 5, 9) };
  let world = await startHostWorld(dataFolder, { openChannel: bus.open }, clock);
  const serve = async (port: number) =>
    startHostServer({
      host: world.host,
      bus,
      door: await StationDoor.open({
        host: world.host,
        folderOf: (exerciseId) => exerciseFiles(dataFolder, exerciseId).folder,
      }),
      root,
      hostName: '127.0.0.1',
      port,
      consoleToken: TOKEN,
    });
  let server = await serve(0);
  const served = {
    get world(): HostWorld {
      return world;
    },
    get server(): RunningHostServer {
      return server;
    },
    /** The socket server stops and starts again on the same port; the exercise host goes on meanwhile. */
    async stopServer() {
      await server.close();
    },
    async startServer() {
      server = await serve(server.port);
    },
    /** The whole host stops (journals closed, locks released) and starts again on the same folder and port. */
    async restart() {
      const { port } = server;
      await server.close();
      await world.host.close();
      world = await startHostWorld(dataFolder, { openChannel: bus.open }, clock);
      server = await serve(port);
    },
  };
  cleanup.push(() => server.close());
  return served;
}

/** The renderer's console on the served host: the page's socket and the console's connection. */
function consoleOf(served: Awaited<ReturnType<typeof servedHost>>) {
  const socket = new HostSocket({
    url: `ws://127.0.0.1:${served.server.port}/host/socket`,
    // ws's WebSocket is the browser's in behaviour, but its typings (EventEmitter, Buffer data) are not the DOM's.
    WebSocket: WebSocket as unknown as SocketConstructor,
    schedule: (run, ms) => {
      const timer = setTimeout(run, Math.min(ms, 50));
      return () => clearTimeout(timer);
    },
  });
  // Node's fetch needs the host's address; the page's is relative to the origin that served it.
  const fetcher: typeof fetch = (input, init) => fetch(new URL(String(input), served.server.url), init);
  const connection = new ConsoleConnection(socket, () => fetchConsoleToken(fetcher));
  cleanup.push(() => {
    connection.close();
    socket.close();
  });
  return { socket, connection, fetcher };
}

/** What the console holds equals the journal on disk, and its state the fold of that journal. */
async function expectAsOnDisk(view: RemoteExercise, journal: string): Promise<ExerciseEvent[]> {
  const onDisk = await eventsOnDisk(journal);
  await until(() => expect(view.events.length).toBe(onDisk.length), 'the console holds the whole journal');
  expect(view.events).toEqual(onDisk);
  expect(view.state).toEqual(replay(onDisk, contentOfCreated(onDisk[0] as ExerciseEvent)));
  return onDisk;
}

describe('the console against the real exercise host', () => {
  it('creates, follows and drives an exercise, holding what the host recorded', async () => {
    const served = await servedHost();
    const { connection } = consoleOf(served);
    const record = await connection.create(miniExerciseRequest());
    expect((await connection.list()).map((entry) => entry.exerciseId)).toEqual([record.exerciseId]);
    const { view, stop } = followExercise(connection, record.exerciseId);
    cleanup.push(stop);
    await until(() => expect(view.ready).toBe(true), 'the log arrives');
    expect(await view.send('exercise/speed', { speed: 'max' })).toMatchObject({ ok: true });
    expect(await view.send('exercise/start', {})).toMatchObject({ ok: true });
    const decided = await view.command(
      'decision/take',
      { machine: 'crisis', event: 'RAPID_ALERT' },
      { role: 'ms-a' },
    );
    expect(decided).toMatchObject({ ok: true });
    // The live loop runs the clock at maximum speed: the automated NAC and the due injects follow.
    await served.world.advance(1_000);
    await served.world.advance(1_000);
    const journal = served.world.host.journalFile(record.exerciseId);
    const onDisk = await expectAsOnDisk(view, journal);
    expect(onDisk.some((event) => event.type === 'inject.released')).toBe(true);
    for (const role of view.roles.keys())
      expect(view.stationView(role).streamSeq).toBe(view.streamLength(role));
  });

  it('catches up after the socket server went away and came back, and answers a pending command once', async () => {
    const served = await servedHost();
    const { connection } = consoleOf(served);
    const { exerciseId } = await connection.create(miniExerciseRequest());
    const { view, stop } = followExercise(connection, exerciseId);
    cleanup.push(stop);
    await until(() => expect(view.ready).toBe(true), 'the log arrives');
    await view.send('exercise/start', {});

    await served.stopServer();
    await until(() => expect(view.readOnly).toBe(true), 'the console sees the host gone');
    // The exercise goes on in the host meanwhile, and the controller pauses it.
    const hosted = await served.world.host.open(exerciseId);
    const note = await hosted.execute({
      commandId: 'while-away',
      type: 'message/send',
      payload: { to: ['ms-a'], marking: 'PUBLIC', subject: 'Meanwhile', body: 'Text' },
      role: 'nac',
    });
    expect(note.ok).toBe(true);
    const pause = view.send('exercise/pause', {});
    await served.startServer();

    const reply = await pause;
    expect(reply).toMatchObject({ ok: true });
    await until(() => expect(view.readOnly).toBe(false), 'the console is back');
    const onDisk = await expectAsOnDisk(view, served.world.host.journalFile(exerciseId));
    expect(onDisk.filter((event) => event.type === 'clock.paused')).toHaveLength(1);
    // Each command's events once: as many as its reply named.
    const seqsOf = (commandId: string) =>
      onDisk.filter((event) => event.commandId === commandId).map((event) => event.seq);
    expect(seqsOf('while-away')).toEqual(note.ok ? note.seqs : []);
    expect(seqsOf(reply.commandId)).toEqual(reply.ok ? reply.seqs : []);
    expect(onDisk.map((event) => event.seq)).toEqual(onDisk.map((_, index) => index + 1));
  });

  it('follows an exercise across a restart of the host: the clock resumed after the gap, nothing missing', async () => {
    const served = await servedHost();
    const { connection } = consoleOf(served);
    const { exerciseId } = await connection.create(miniExerciseRequest());
    const { view, stop } = followExercise(connection, exerciseId);
    cleanup.push(stop);
    await until(() => expect(view.ready).toBe(true), 'the log arrives');
    await view.send('exercise/start', {});
    const before = view.lastSeq();

    served.world.clock.wallMs += 60_000;
    await served.restart();
    await until(
      () => expect(view.events.some((event) => event.type === 'clock.resumed')).toBe(true),
      'the restart reaches the console',
    );
    const onDisk = await expectAsOnDisk(view, served.world.host.journalFile(exerciseId));
    expect(onDisk.length).toBeGreaterThan(before);
    const resumed = onDisk.filter((event) => isEvent(event, 'clock.resumed'));
    expect(resumed.map((event) => event.payload)).toEqual([{ gapMs: 60_000, afterRestart: true }]);
    expect(await view.send('exercise/pause', {})).toMatchObject({ ok: true });
    await expectAsOnDisk(view, served.world.host.journalFile(exerciseId));
  });
});

describe('station access from the console', () => {
  it('shows a followed exercise’s codes, gives a control code when asked, replaces a code and cuts a station off', async () => {
    const served = await servedHost();
    const { connection, fetcher } = consoleOf(served);
    const { exerciseId } = await connection.create(miniExerciseRequest());
    const { view, stop } = followExercise(connection, exerciseId);
    cleanup.push(stop);
    await until(() => expect(view.ready).toBe(true), 'the log arrives');
    // The standing codes: one per player role (the local role Evening Courier too), none for control.
    const roleCodes = () =>
      (connection.accessOf(exerciseId)?.codes ?? [])
        .map((code) => `${code.roles.join('+')}:${code.kind}`)
        .sort();
    await until(
      () =>
        expect(roleCodes()).toEqual([
          'ms-a:player',
          'ms-c:player',
          'nac:player',
          'presidency:player',
          'press:player',
        ]),
      'the access of the exercise arrives',
    );
    await until(
      () => expect(connection.lanStatus).toEqual({ on: false, urls: [], problem: null }),
      'LAN status',
    );

    await connection.issueCode(exerciseId, ['simcell'], 'control');
    await until(() => expect(roleCodes()).toContain('simcell:control'), 'the control code is listed');
    await expect(connection.issueCode(exerciseId, ['ms-a'], 'control')).rejects.toThrow(
      'ms-a is played by a player station, not a control one',
    );

    const old = connection.accessOf(exerciseId)?.codes.find((code) => code.roles[0] === 'ms-a');
    if (!old) throw new Error('no code for ms-a');
    // A laptop joins with the code, as a station on the room network would.
    const joined = await fetcher('/host/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: old.code }),
    });
    const grant = (await joined.json()) as { ok: boolean; stationId: string };
    expect(grant).toMatchObject({ ok: true });
    await until(
      () =>
        expect(connection.accessOf(exerciseId)?.stations.map((station) => station.stationId)).toContain(
          grant.stationId,
        ),
      'the station is listed',
    );

    await connection.revokeCode(exerciseId, old.codeId);
    await until(() => {
      const codes = connection.accessOf(exerciseId)?.codes ?? [];
      expect(codes.some((code) => code.codeId === old.codeId)).toBe(false);
      expect(codes.some((code) => code.roles[0] === 'ms-a' && code.kind === 'player')).toBe(true);
    }, 'the code is replaced');
    await connection.revokeStation(exerciseId, grant.stationId);
    await until(
      () =>
        expect(
          connection.accessOf(exerciseId)?.stations.find((station) => station.stationId === grant.stationId)
            ?.revokedWallMs,
        ).not.toBeNull(),
      'the station is shown revoked',
    );
    await expect(connection.revokeStation(exerciseId, 'st-nobody')).rejects.toThrow(
      /has no station st-nobody/,
    );
  });
});

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Records made by earlier versions keep opening in the app: each fixture journal loaded as a backup through the
// host's restore, and followed by the console, gives from the console's own copy of the log the figures its
// expected-metrics.json records (test/fixture-journals.test.ts checks the same journals through the CLI).
describe.each(folders)('the fixture journal %s loaded as a backup', (folder) => {
  it('is restored by the host and opens in the console with the figures of its expected-metrics.json', async () => {
    const served = await servedHost();
    const { connection, fetcher } = consoleOf(served);
    await until(() => expect(connection.consoleToken).not.toBeNull(), 'the console is welcomed');
    const text = readFileSync(path.join(FIXTURES, folder, 'events.jsonl'), 'utf8');
    const token = connection.consoleToken as string;
    const restored = await restoreBackup(`${folder}.events.jsonl`, text, token, fetcher);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.notes).toEqual([]);
    expect(restored.record).toMatchObject({ status: 'ended', eventCount: text.split('\n').length - 1 });
    const { view, stop } = followExercise(connection, restored.record.exerciseId);
    cleanup.push(stop);
    await until(() => expect(view.ready && view.historyProgress() === null).toBe(true), 'the log arrives');
    expect(view.error).toBeNull();
    const metrics = metricsOf(ExerciseReadModels.of(view.events, view.content));
    expect(`${canonicalJson(metrics, 2)}\n`).toBe(
      readFileSync(path.join(FIXTURES, folder, 'expected-metrics.json'), 'utf8'),
    );
  });
});
