import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answer, readBody } from './http-answers';

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('a JSON answer', () => {
  it('is the body and a newline, never cached, sniffed, referred or run as a page', async () => {
    const url = await serve((_request, response) =>
      answer(response, 201, { ok: true, name: 'Übung' }, { 'Retry-After': '3' }),
    );
    const response = await fetch(url);
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).toBe('{"ok":true,"name":"Übung"}\n');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(
      Object.fromEntries(
        [
          'content-type',
          'cache-control',
          'x-content-type-options',
          'referrer-policy',
          'content-security-policy',
          'retry-after',
        ].map((name) => [name, response.headers.get(name)]),
      ),
    ).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'",
      'retry-after': '3',
    });
  });
});

describe('a request body', () => {
  it('is read whole up to the cap, and is null past it', async () => {
    const read: (string | null)[] = [];
    const url = await serve((request, response) => {
      void readBody(request, 10).then((body) => {
        read.push(body === null ? null : body.toString('utf8'));
        answer(response, body === null ? 413 : 200, {});
      });
    });
    expect((await fetch(url, { method: 'POST', body: '0123456789' })).status).toBe(200);
    expect((await fetch(url, { method: 'POST', body: '0123456789A' })).status).toBe(413);
    expect((await fetch(url, { method: 'POST', body: '' })).status).toBe(200);
    expect(read).toEqual(['0123456789', null, '']);
  });
});
