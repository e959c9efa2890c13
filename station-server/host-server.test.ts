// The app, the host's endpoints and its socket on one address, over the fixture host.
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL, HOST_SESSION_PATH, stationChannelName, type ConsoleMessage } from '../core/index';
import {
  cleanUpHostWorlds,
  miniExerciseRequest,
  startHostWorld,
  tempDataFolder,
} from '../test/fixtures/exercise-host-world';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient } from '../test/fixtures/socket-client';
import { ChannelBus } from './channel-bus';
import { exerciseFiles } from './data-folder';
import { newConsoleToken, startHostServer } from './host-server';
import { StationDoor } from './station-door';

let world: ServedHost;
beforeEach(async () => {
  world = await serveHost();
});
afterEach(() => world.dispose());

function get(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: world.server.port, path: target, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('startHostServer', () => {
  it('serves the page, the session and the socket on one address', async () => {
    expect(world.server.url).toBe(`http://127.0.0.1:${world.server.port}/`);
    expect((await get('/')).body).toContain('<title>host</title>');
    expect(JSON.parse((await get(HOST_SESSION_PATH)).body)).toEqual({ consoleToken: TEST_TOKEN });
    const client = await SocketClient.connect(world.server.port, {
      Origin: `http://127.0.0.1:${world.server.port}`,
    });
    client.join(CONSOLE_CHANNEL);
    client.post(CONSOLE_CHANNEL, { kind: 'hello', token: TEST_TOKEN });
    expect(await client.next(CONSOLE_CHANNEL, () => true)).toMatchObject({ kind: 'welcome' });
    // Closing the server closes its sockets, telling the clients the host is going away.
    await world.server.close();
    expect(await client.closed()).toBe(1001);
    await world.restart();
  });

  it('makes a new, unguessable console token for each process', () => {
    const [a, b] = [newConsoleToken(), newConsoleToken()];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{32}$/);
  });
});

describe('startHostServer over the real exercise host', () => {
  afterEach(() => cleanUpHostWorlds());

  it('a controller creates and follows an exercise, and a station of it plays over the socket', async () => {
    const root = path.join(tempDataFolder(), 'dist');
    mkdirSync(root);
    writeFileSync(
      path.join(root, 'index.html'),
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    const bus = new ChannelBus();
    const { host } = await startHostWorld(tempDataFolder(), { openChannel: bus.open });
    const door = await StationDoor.open({
      host,
      folderOf: (id) => exerciseFiles(host.dataFolder, id).folder,
    });
    const server = await startHostServer({
      host,
      bus,
      door,
      root,
      hostName: '127.0.0.1',
      port: 0,
      consoleToken: 'tok',
    });
    try {
      const controller = await SocketClient.connect(server.port);
      controller.join(CONSOLE_CHANNEL);
      controller.post(CONSOLE_CHANNEL, { kind: 'hello', token: 'tok' });
      controller.post(CONSOLE_CHANNEL, { kind: 'create', requestId: 'c', exercise: miniExerciseRequest() });
      const created = await controller.next<ConsoleMessage>(
        CONSOLE_CHANNEL,
        (body) => body.kind === 'created',
      );
      const { exerciseId } = (created as Extract<ConsoleMessage, { kind: 'created' }>).exercise;
      controller.post(CONSOLE_CHANNEL, { kind: 'open', exerciseId, since: 0 });
      const log = await controller.next<ConsoleMessage>(CONSOLE_CHANNEL, (body) => body.kind === 'log');
      expect((log as Extract<ConsoleMessage, { kind: 'log' }>).events[0]?.type).toBe('exercise.created');

      const ch = stationChannelName(exerciseId, 'ms-a');
      const { answer } = await door.issueForConsole(
        { exerciseId, roles: ['ms-a'], kind: 'player' },
        '127.0.0.1',
      );
      if (!answer.ok) throw new Error(answer.reason);
      const station = await SocketClient.connect(server.port);
      station.join(ch, answer.token);
      await station.next(ch, (body) => body.kind === 'host-online');
      station.post(ch, { kind: 'hello', station: answer.stationId, since: 0 });
      await station.next(ch, (body) => body.kind === 'roster');
      await station.next(ch, (body) => body.kind === 'view');
      controller.post(CONSOLE_CHANNEL, {
        kind: 'command',
        exerciseId,
        commandId: 'go',
        type: 'exercise/start',
        payload: {},
      });
      expect(await controller.next(CONSOLE_CHANNEL, (body) => body.kind === 'reply')).toMatchObject({
        reply: { ok: true },
      });
      // The start reaches the console's log once it is on disk.
      await controller.next<ConsoleMessage>(
        CONSOLE_CHANNEL,
        (body) => body.kind === 'log' && body.events.some((event) => event.type === 'exercise.started'),
      );
      controller.ws.terminate();
      station.ws.terminate();
    } finally {
      await server.close();
    }
  });
});
