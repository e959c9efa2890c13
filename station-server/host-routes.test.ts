// The host's endpoints over a real socket on 127.0.0.1 (port 0), over the fixture host.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChannelBus } from './channel-bus';
import { encodeEvents, HOST_SESSION_PATH } from '../core/index';
import { MemoryHost, MINI_EXERCISE } from '../test/fixtures/memory-host';
import { serveHost, TEST_TOKEN, type ServedHost } from '../test/fixtures/served-host';
import { openPackageText } from './exercise-package';
import { createHostRoutes, CONSOLE_TOKEN_HEADER } from './host-routes';

let world: ServedHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: options.port ?? world.server.port,
        path: target,
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
const withToken = { [CONSOLE_TOKEN_HEADER]: TEST_TOKEN };

beforeEach(async () => {
  world = await serveHost();
});
afterEach(() => world.dispose());

describe(HOST_SESSION_PATH, () => {
  it("gives a loopback page the console's token, never cached", async () => {
    const reply = await send(HOST_SESSION_PATH);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ consoleToken: TEST_TOKEN });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(
      (await send(HOST_SESSION_PATH, { headers: { Host: `localhost:${world.server.port}` } })).status,
    ).toBe(200);
  });

  it('refuses a Host header that is not a loopback name (DNS rebinding), and other methods', async () => {
    const rebound = await send(HOST_SESSION_PATH, { headers: { Host: `evil.example:${world.server.port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain(TEST_TOKEN);
    expect(rebound.headers['cache-control']).toBe('no-store');
    expect((await send(HOST_SESSION_PATH, { method: 'POST' })).status).toBe(405);
  });
});

describe('the journal download', () => {
  it('sends the journal as an attachment with the token, 403 without it, 404 for an unknown exercise', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const path = `/host/exercises/${exerciseId}/journal`;
    expect((await send(path)).status).toBe(403);
    expect((await send(path, { headers: { [CONSOLE_TOKEN_HEADER]: 'wrong' } })).status).toBe(403);
    const reply = await send(path, { headers: withToken });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-ndjson');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${exerciseId}.events.jsonl"`);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toBe(readFileSync(world.host.journalFile(exerciseId), 'utf8'));
    expect((await send('/host/exercises/ghost/journal', { headers: withToken })).status).toBe(404);
  });

  it('never sends a line still being written', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const file = world.host.journalFile(exerciseId);
    const whole = readFileSync(file, 'utf8');
    appendFileSync(file, '{"half": ');
    const reply = await send(`/host/exercises/${exerciseId}/journal`, { headers: withToken });
    expect(reply.body).toBe(whole);
  });
});

describe('the package download (the backup)', () => {
  it('sends the exercise as a package signed by this host, with the token only; 404 for an unknown one', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const path = `/host/exercises/${exerciseId}/package`;
    expect((await send(path)).status).toBe(403);
    const reply = await send(path, { headers: withToken });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/x-pbsim-package; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="${exerciseId}.pbsim-package"`);
    // It opens, signed by this host's key, and gives back the journal on disk.
    const opened = openPackageText(reply.body, new Set([world.host.signingKey.fingerprint]));
    expect(opened).toMatchObject({
      kind: 'package',
      journal: readFileSync(world.host.journalFile(exerciseId), 'utf8'),
      signer: { known: true },
    });
    expect((await send('/host/exercises/ghost/package', { headers: withToken })).status).toBe(404);
  });
});

describe('the seal and the signing keys (issue 25)', () => {
  it('gives the head of the journal on disk after as many lines as asked, with the token only', async () => {
    const { exerciseId } = await world.host.create(MINI_EXERCISE);
    const lines = readFileSync(world.host.journalFile(exerciseId), 'utf8').trimEnd().split('\n');
    // The oracle: the chain worked out from its definition with Node's SHA-256.
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const headAfter = (count: number) =>
      lines
        .slice(0, count)
        .reduce((link, line) => sha(`${link}\n${line}`), sha(`pbsim-journal\n${exerciseId}`));
    const path = `/host/exercises/${exerciseId}/seal`;
    expect((await send(path)).status).toBe(403);
    const whole = await send(path, { headers: withToken });
    expect(whole.status).toBe(200);
    expect(JSON.parse(whole.body)).toEqual({
      exerciseId,
      head: headAfter(lines.length),
      lines: lines.length,
      fingerprint: world.host.signingKey.fingerprint,
    });
    const first = JSON.parse((await send(`${path}?through=1`, { headers: withToken })).body) as {
      head: string;
    };
    expect(first.head).toBe(headAfter(1));
    expect((await send(`${path}?through=-1`, { headers: withToken })).status).toBe(400);
    expect((await send('/host/exercises/ghost/seal', { headers: withToken })).status).toBe(404);
  });

  it('lists this host’s key, imports a partner’s key file, and refuses text that is not one', async () => {
    const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect((await send('/host/keys', { method: 'POST', body: pem })).status).toBe(403);
    const imported = await send(`/host/keys?label=${encodeURIComponent('NATO HQ laptop')}`, {
      method: 'POST',
      headers: withToken,
      body: pem,
    });
    expect(imported.status).toBe(200);
    expect(JSON.parse(imported.body)).toMatchObject({ label: 'NATO HQ laptop' });
    const listed = JSON.parse((await send('/host/keys', { headers: withToken })).body) as {
      own: { fingerprint: string };
      known: { label: string }[];
    };
    expect(listed.own.fingerprint).toBe(world.host.signingKey.fingerprint);
    expect(listed.known.map((key) => key.label)).toEqual(['NATO HQ laptop']);
    const refused = await send('/host/keys?label=x', { method: 'POST', headers: withToken, body: 'hello' });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toEqual({
      reason: 'not a public key: a partner’s key file is the PEM text its host saved',
    });
    const tooLarge = await send('/host/keys', {
      method: 'POST',
      headers: withToken,
      body: 'x'.repeat(70_000),
    });
    expect(tooLarge.status).toBe(413);
    expect((await send('/host/keys', { method: 'DELETE', headers: withToken })).status).toBe(405);
  });
});

describe('the journal restore', () => {
  it("restores a journal the console uploads, and answers the host's refusal as JSON", async () => {
    const source = new MemoryHost(world.folder + '/other', new ChannelBus().open);
    const { exerciseId } = await source.create(MINI_EXERCISE);
    const text = encodeEvents((await source.open(exerciseId)).events);
    await source.close();
    const target = '/host/exercises/restore?file=backup.jsonl';
    expect((await send(target, { method: 'POST', body: text })).status).toBe(403);
    const reply = await send(target, { method: 'POST', body: text, headers: withToken });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, record: { exerciseId } });
    const again = await send(target, { method: 'POST', body: text, headers: withToken });
    expect(JSON.parse(again.body)).toEqual({
      ok: false,
      reason: `${exerciseId} is already in the data folder; delete it first`,
    });
    const foreign = await send(target, { method: 'POST', body: 'not a journal\n', headers: withToken });
    expect(JSON.parse(foreign.body)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^backup\.jsonl: line 1/),
    });
    expect(
      (await send('/host/exercises/restore', { method: 'POST', body: text, headers: withToken })).status,
    ).toBe(400);
    expect((await send(target, { headers: withToken })).status).toBe(405);
  });

  it('answers 413 for a body over the cap, whether announced or not', async () => {
    const routes = createHostRoutes({
      host: world.host,
      door: world.door,
      consoleToken: TEST_TOKEN,
      maxRestoreBytes: 100,
    });
    const server = http.createServer((request, response) => {
      if (!routes(request, response)) response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const target = '/host/exercises/restore?file=big.jsonl';
      const reply = await send(target, { method: 'POST', body: 'x'.repeat(101), headers: withToken, port });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body).reason).toMatch(/big\.jsonl is larger than 100 bytes/);
      const chunked = { ...withToken, 'Transfer-Encoding': 'chunked' };
      expect(
        (await send(target, { method: 'POST', body: 'x'.repeat(101), headers: chunked, port })).status,
      ).toBe(413);
      expect(
        (await send(target, { method: 'POST', body: 'x'.repeat(100), headers: chunked, port })).status,
      ).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('answers 404 under /host/ for anything else, and leaves other paths to the static files', async () => {
    expect((await send('/host/nothing')).status).toBe(404);
    expect((await send('/')).status).toBe(200);
  });
});
