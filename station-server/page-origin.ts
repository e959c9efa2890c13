import type http from 'node:http';

/**
 * Which listener a server is: the host laptop's loopback one, or one on a room-network address. The desktop
 * app's pages come from its own scheme (`app://pbsim`, ADR 0008), not from the host: a loopback listener told
 * that origin takes it as one of its own pages; a LAN listener never does.
 */
export type Listener = { kind: 'loopback'; appOrigin?: string } | { kind: 'lan'; hostHeader: string };

/**
 * Whether a browser's Origin header is one of this host's own pages: served by the host under the name the
 * request was sent to (`http://<Host header>`), or, on loopback, the desktop app's origin.
 */
export function isOwnPageOrigin(origin: string, hostHeader: string | undefined, listener: Listener): boolean {
  if (origin.toLowerCase() === `http://${(hostHeader ?? '').toLowerCase()}`) return true;
  return isAppOrigin(origin, listener);
}

function isAppOrigin(origin: string | undefined, listener: Listener): boolean {
  return listener.kind === 'loopback' && listener.appOrigin !== undefined && origin === listener.appOrigin;
}

/** How long a desktop page may reuse a preflight's answer. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Cross-origin reads for the desktop app's pages, and only theirs. Its pages fetch the host's routes from
 * `app://pbsim`; without these headers the browser would not let them read an answer, and no other origin gets
 * them, so no other page can read the console's token. A preflight (a POST with a JSON or NDJSON body, the
 * console token's header) is answered here: true when the request was one and has been answered.
 */
export function answerAppPage(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  listener: Listener,
): boolean {
  const origin = request.headers.origin;
  if (!isAppOrigin(origin, listener)) return false;
  response.setHeader('Access-Control-Allow-Origin', origin as string);
  response.setHeader('Vary', 'Origin');
  if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined)
    return false;
  response.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Content-Type, X-Console-Token',
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_S),
    // Chromium asks a loopback server whether a page of another address space may reach it.
    ...(request.headers['access-control-request-private-network'] === 'true'
      ? { 'Access-Control-Allow-Private-Network': 'true' }
      : {}),
    'Content-Length': 0,
  });
  response.end();
  return true;
}
