import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCspFromHtml } from './csp';
import { contentTypeFor } from './content-types';
import { startStaticServer, type RunningStaticServer } from './static-server';

const POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'";
const INDEX_HTML = `<!doctype html>
<html><head>
<meta
  http-equiv="Content-Security-Policy"
  content="${POLICY}"
/>
<title>tiny</title></head><body>tiny</body></html>
`;

let parent: string;
let root: string;
let running: RunningStaticServer;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// node:http, not fetch: fetch normalises `/../` away, and the point is to send it as an attacker would.
function send(target: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: running.port, path: target, method, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  parent = mkdtempSync(path.join(tmpdir(), 'station-static-'));
  root = path.join(parent, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, 'sub'));
  writeFileSync(path.join(root, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(root, 'sub', 'index.html'), '<p>sub</p>');
  for (const name of ['app.js', 'app.css', 'logo.svg', 'logo.png', 'data.json', 'font.woff2', 'app.js.map']) {
    writeFileSync(path.join(root, 'assets', name), `content of ${name}`);
  }
  writeFileSync(path.join(root, 'assets', 'blob.bin'), 'bytes');
  // A file beside the served folder, which traversal attempts aim at.
  writeFileSync(path.join(parent, 'secret.txt'), 'secret');
  running = await startStaticServer({ root, port: 0 });
});

afterAll(async () => {
  await running.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('readCspFromHtml', () => {
  it('reads the policy whatever the attribute order, quotes and line breaks', () => {
    expect(readCspFromHtml(INDEX_HTML)).toBe(POLICY);
    expect(readCspFromHtml(`<META content='a; b' HTTP-EQUIV='content-security-policy'>`)).toBe('a; b');
    expect(readCspFromHtml('<meta content="x" name="viewport"><meta charset="utf-8">')).toBeNull();
  });

  it('agrees with the tag in renderer/index.html', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(path.join(import.meta.dirname, '..', 'renderer', 'index.html'), 'utf8');
    expect(readCspFromHtml(source)).toMatch(/^default-src 'self';.*object-src 'none'/);
  });
});

describe('static server', () => {
  it('listens on loopback by default and prints a usable address', () => {
    expect(running.host).toBe('127.0.0.1');
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
  });

  it('serves index.html at / with the security headers and no-cache', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
  });

  it('ignores the query string and serves index.html of a sub-folder', async () => {
    expect((await send('/index.html?v=1')).body).toBe(INDEX_HTML);
    expect((await send('/sub/')).body).toBe('<p>sub</p>');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/logo.png', 'image/png'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/app.js.map', 'application/json; charset=utf-8'],
    ['/assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s, with the security headers', async (target, type) => {
    const reply = await send(target);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['content-security-policy']).toBe(POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body).toBe(`content of ${path.basename(target)}`.replace('content of blob.bin', 'bytes'));
  });

  it('lets the hashed assets be cached for good', async () => {
    expect((await send('/assets/app.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/index.html%00.png',
    '/%E0%A4%A',
    'secret.txt',
    'http://127.0.0.1/../secret.txt',
  ])('refuses the traversal or malformed path %s with 400', async (target) => {
    const reply = await send(target);
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain('secret');
    expect(reply.headers['content-security-policy']).toBe(POLICY);
  });

  it('answers 404 for missing files and for folders without index.html', async () => {
    for (const target of ['/missing.js', '/assets/missing.css', '/assets', '/assets/']) {
      const reply = await send(target);
      expect(reply.status, target).toBe(404);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers a missing /favicon.ico with 204, not an error', async () => {
    const reply = await send('/favicon.ico');
    expect(reply.status).toBe(204);
    expect(reply.body).toBe('');
    expect(reply.headers['content-security-policy']).toBe(POLICY);
    expect((await send('/assets/favicon.ico')).status).toBe(404);
  });

  it('answers HEAD with the headers and no body', async () => {
    const reply = await send('/', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
    expect(reply.headers['content-security-policy']).toBe(POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
    const reply = await send('/', method);
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('contentTypeFor', () => {
  it('is case-insensitive on the extension', () => {
    expect(contentTypeFor('LOGO.PNG')).toBe('image/png');
  });
});

describe('startStaticServer', () => {
  it('refuses to serve a folder whose index.html has no CSP meta tag', async () => {
    const bare = path.join(parent, 'bare');
    mkdirSync(bare);
    writeFileSync(path.join(bare, 'index.html'), '<!doctype html><title>no policy</title>');
    await expect(startStaticServer({ root: bare, port: 0 })).rejects.toThrow(/no Content-Security-Policy/);
  });

  it('rejects when the port is taken', async () => {
    await expect(startStaticServer({ root, port: running.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});
