import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { contentTypeFor } from './content-types';
import { readCspFromHtml } from './csp';
import { resolveRequestPath } from './request-path';

export interface StaticServerOptions {
  /** The built renderer (dist/renderer): it must hold an index.html with a CSP meta tag. */
  root: string;
  /** Loopback by default: serving on a LAN interface is an explicit choice (docs/architecture.md §6). */
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  /** Requests this takes (it returns true) never reach the files: the host's endpoints (host-routes.ts). */
  routes?: (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
}

export interface RunningStaticServer {
  server: http.Server;
  host: string;
  port: number;
  /** The address to open, e.g. `http://127.0.0.1:4173/`. */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

const ALLOWED_METHODS = 'GET, HEAD';

/** Headers on every answer, errors included: an error page is a page too. */
function securityHeaders(csp: string): http.OutgoingHttpHeaders {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

// index.html names the hashed assets of the current build, so it must be revalidated every time or a
// station keeps loading an old build; Vite's hashed files under assets/ never change under one name.
function cacheControlFor(root: string, filePath: string): string {
  const relative = path.relative(root, filePath).split(path.sep);
  return relative[0] === 'assets' && relative.length > 1 ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Reads the policy once, at start: the server refuses to start rather than serve a page without one. */
export async function readServedCsp(root: string): Promise<string> {
  const indexPath = path.join(root, 'index.html');
  const csp = readCspFromHtml(await readFile(indexPath, 'utf8'));
  if (!csp) throw new Error(`${indexPath} has no Content-Security-Policy meta tag: refusing to serve it`);
  return csp;
}

/** A request handler over a folder of static files; no directory listings, no fallbacks. */
export function createStaticHandler(root: string, csp: string): http.RequestListener {
  const absoluteRoot = path.resolve(root);
  const baseHeaders = securityHeaders(csp);

  function answer(response: http.ServerResponse, status: number, extra: http.OutgoingHttpHeaders = {}) {
    const body = `${status} ${http.STATUS_CODES[status] ?? ''}\n`;
    response.writeHead(status, {
      ...baseHeaders,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      ...extra,
    });
    response.end(response.req.method === 'HEAD' ? undefined : body);
  }

  return (request, response) => {
    void (async () => {
      const method = request.method ?? '';
      if (method !== 'GET' && method !== 'HEAD') return answer(response, 405, { Allow: ALLOWED_METHODS });

      const resolved = resolveRequestPath(absoluteRoot, request.url ?? '');
      if (resolved.kind === 'refused') return answer(response, 400);

      const info = await stat(resolved.filePath).catch(() => null);
      if (!info?.isFile()) {
        // Browsers ask for /favicon.ico on their own; a 404 there puts an error in every station's console,
        // which hides real ones (and fails the end-to-end tests, which treat console errors as faults).
        if (resolved.filePath === path.join(absoluteRoot, 'favicon.ico')) {
          response.writeHead(204, { ...baseHeaders, 'Cache-Control': 'no-cache' });
          return void response.end();
        }
        return answer(response, 404);
      }

      response.writeHead(200, {
        ...baseHeaders,
        'Content-Type': contentTypeFor(resolved.filePath),
        'Content-Length': info.size,
        'Cache-Control': cacheControlFor(absoluteRoot, resolved.filePath),
      });
      if (method === 'HEAD') return void response.end();
      // The headers are gone already; a read error can only cut the answer short.
      createReadStream(resolved.filePath)
        .on('error', () => response.destroy())
        .pipe(response);
    })().catch(() => {
      if (!response.headersSent) answer(response, 500);
      else response.destroy();
    });
  };
}

/**
 * Requests Node's parser rejects itself (a target without a leading `/`, bad header syntax) never reach the
 * handler; answer them with the same headers instead of Node's bare 400, then drop the connection.
 */
function refuseMalformed(csp: string): (error: Error, socket: Duplex) => void {
  const headers = Object.entries(securityHeaders(csp))
    .map(([name, value]) => `${name}: ${String(value)}\r\n`)
    .join('');
  return (_error, socket) => {
    if (!socket.writable) return void socket.destroy();
    socket.end(`HTTP/1.1 400 Bad Request\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  };
}

function urlFor(host: string, port: number): string {
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${port}/`;
}

/** Starts serving `root`; resolves once listening, rejects on a listen error (port taken, bad host). */
export async function startStaticServer(options: StaticServerOptions): Promise<RunningStaticServer> {
  const csp = await readServedCsp(options.root);
  const serveFile = createStaticHandler(options.root, csp);
  const { routes } = options;
  const server = http.createServer(
    routes
      ? (request, response) => void (routes(request, response) || serveFile(request, response))
      : serveFile,
  );
  server.on('clientError', refuseMalformed(csp));
  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    host,
    port,
    url: urlFor(host, port),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers hold keep-alive connections open; without this a clean stop would wait for them.
        server.closeAllConnections();
      }),
  };
}
