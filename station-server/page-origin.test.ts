// The desktop app's pages (app://pbsim, ADR 0008) reaching the host over real sockets: taken on loopback when
// the host was told that origin, refused without it and on the room network; their cross-origin reads are
// allowed to that origin alone.
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_SESSION_PATH, STATION_TOKEN_PATH } from '../core/index';
import { MINI_EXERCISE } from '../test/fixtures/memory-host';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { SocketClient } from '../test/fixtures/socket-client';
import { CONSOLE_TOKEN_HEADER } from './host-routes';
import { isOwnPageOrigin } from './page-origin';

const APP = 'app://pbsim';
const LAN = '127.0.0.2';
let world: ServedHost | null = null;
const clients: SocketClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await world?.dispose();
  world = null;
});

async function connect(origin: string, address = '127.0.0.1'): Promise<SocketClient> {
  const served = world as ServedHost;
  const client = await SocketClient.connect(served.server.port, { Origin: origin }, address);
  clients.push(client);
  return client;
}

const at = (path: string, address = '127.0.0.1') => `http://${address}:${world?.server.port ?? 0}${path}`;

describe('isOwnPageOrigin', () => {
  it('takes the host-served origin anywhere and the app origin on loopback only when told it', () => {
    const told = { kind: 'loopback', appOrigin: APP } as const;
    expect(isOwnPageOrigin('http://127.0.0.1:4173', '127.0.0.1:4173', { kind: 'loopback' })).toBe(true);
    expect(isOwnPageOrigin('HTTP://LOCALHOST:4173', 'localhost:4173', { kind: 'loopback' })).toBe(true);
    expect(isOwnPageOrigin(APP, '127.0.0.1:4173', told)).toBe(true);
    expect(isOwnPageOrigin(APP, '127.0.0.1:4173', { kind: 'loopback' })).toBe(false);
    expect(isOwnPageOrigin('app://other', '127.0.0.1:4173', told)).toBe(false);
    expect(isOwnPageOrigin(APP, '10.0.0.5:4173', { kind: 'lan', hostHeader: '10.0.0.5:4173' })).toBe(false);
  });
});

describe("the desktop app's sockets", () => {
  it('are taken on loopback from the app origin the host was given', async () => {
    world = await serveHost({ appOrigin: APP });
    await expect(connect(APP)).resolves.toBeInstanceOf(SocketClient);
    // The host's own origin still works beside it, and another scheme's origin does not.
    await expect(connect(`http://127.0.0.1:${world.server.port}`)).resolves.toBeInstanceOf(SocketClient);
    await expect(connect('app://evil')).rejects.toThrow('refused: 403');
  });

  it('are refused by a host not told the app origin, and on the room network', async () => {
    world = await serveHost();
    await expect(connect(APP)).rejects.toThrow('refused: 403');
    await world.dispose();
    world = await serveHost({ appOrigin: APP, lan: LAN });
    // Live: the LAN listener takes its own pages' sockets…
    await expect(connect(`http://${LAN}:${world.server.port}`, LAN)).resolves.toBeInstanceOf(SocketClient);
    // …but never the desktop app's.
    await expect(connect(APP, LAN)).rejects.toThrow('refused: 403');
  });
});

describe("the desktop app's requests", () => {
  it("may read the console's token; a page of any other origin gets no permission to read it", async () => {
    world = await serveHost({ appOrigin: APP });
    const mine = await fetch(at(HOST_SESSION_PATH), { headers: { Origin: APP } });
    expect(mine.headers.get('access-control-allow-origin')).toBe(APP);
    expect(mine.headers.get('vary')).toContain('Origin');
    expect(await mine.json()).toEqual({ consoleToken: TEST_TOKEN });
    const other = await fetch(at(HOST_SESSION_PATH), { headers: { Origin: 'http://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('get their preflights answered, with the headers the console sends', async () => {
    world = await serveHost({ appOrigin: APP });
    const preflight = await fetch(at('/host/exercises/restore?file=a.jsonl'), {
      method: 'OPTIONS',
      headers: {
        Origin: APP,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-console-token',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase().split(', ')).toEqual([
      'content-type',
      CONSOLE_TOKEN_HEADER,
    ]);
    expect(preflight.headers.get('access-control-allow-private-network')).toBe('true');
    // Another origin's preflight is not answered as one: the route refuses the method.
    const other = await fetch(at(HOST_SESSION_PATH), {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.status).toBe(405);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("may ask for a station window's token, which a page of another origin may not", async () => {
    world = await serveHost({ appOrigin: APP });
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const body = { exerciseId, roles: ['ms-a'] };
    const headers = { [CONSOLE_TOKEN_HEADER]: TEST_TOKEN };
    const mine = await world.post(STATION_TOKEN_PATH, body, { headers: { ...headers, Origin: APP } });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ ok: true });
    const other = await world.post(STATION_TOKEN_PATH, body, {
      headers: { ...headers, Origin: 'app://evil' },
    });
    expect(other.status).toBe(403);
  });
});
