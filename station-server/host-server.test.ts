// The app, the host's endpoints and its socket on one address, over the fixture host.
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL, HOST_SESSION_PATH } from '../core/index';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient } from '../test/fixtures/socket-client';
import { newConsoleToken } from './host-server';

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
