import path from 'node:path';
import { contentTypeFor } from '../station-server/index';

/**
 * The desktop app's windows load the renderer from `app://pbsim/`, never `file://` (docs/adr/0008): a
 * privileged scheme (standard, secure, fetch-capable) so IndexedDB, workers and BroadcastChannel work in its
 * pages, serving only the packaged renderer build, with exact content types.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pbsim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** How `registerSchemesAsPrivileged` must declare the scheme, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  stream: true,
} as const;

/**
 * Whether a URL is one of the app's own (`app://pbsim/…`). Compared by scheme and host: a URL parser outside
 * Electron gives a custom scheme the opaque origin "null".
 */
export function isAppUrl(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

export type AppFile = { ok: true; file: string } | { ok: false; status: 400 | 404; reason: string };

/**
 * The packaged file an `app://` URL names, inside `root` (the renderer build), or why none: another scheme or
 * host, a path that climbs out of the build (`..`, encoded or not), a backslash, a NUL or a malformed escape.
 * `/` is the app's page; routes live in the URL's fragment, which never reaches here.
 */
export function appFileFor(root: string, url: string): AppFile {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (!isAppUrl(parsed)) return { ok: false, status: 404, reason: `only ${APP_ORIGIN}/ is served here` };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'a malformed escape in the path' };
  }
  if (pathname.includes('\0') || pathname.includes('\\'))
    return { ok: false, status: 400, reason: 'a NUL or a backslash in the path' };
  // The URL parser already folds `..` segments it can see; an escaped one (%2e%2e) shows only once decoded.
  if (pathname.split('/').includes('..')) return { ok: false, status: 404, reason: 'outside the app' };
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== path.resolve(root) && !file.startsWith(path.resolve(root) + path.sep))
    return { ok: false, status: 404, reason: 'outside the app' };
  return { ok: true, file };
}

/**
 * The app page's policy in the desktop app: the renderer's own (renderer/index.html), with `connect-src`
 * opened to exactly the exercise host on loopback (its HTTP routes and its WebSocket) and nothing else.
 */
export function desktopPolicy(pagePolicy: string, hostOrigin: string): string {
  const host = new URL(hostOrigin);
  if (host.protocol !== 'http:' || !['127.0.0.1', '[::1]', 'localhost'].includes(host.hostname))
    throw new Error(`the exercise host must be on loopback over http, not ${hostOrigin}`);
  const sources = `'self' ${host.origin} ws://${host.host}`;
  const directives = pagePolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const connect = directives.findIndex((directive) => directive.split(/\s+/)[0] === 'connect-src');
  const opened = `connect-src ${sources}`;
  if (connect === -1) directives.push(opened);
  else directives[connect] = opened;
  return directives.join('; ');
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/**
 * The answer to one `app://` request: the file with its exact type, `nosniff`, and on the page itself the
 * desktop policy as a header and in its meta tag (both apply: they must agree). Reading is the caller's, so
 * this is tested without Electron.
 */
export async function appResponse(
  root: string,
  url: string,
  read: (file: string) => Promise<Uint8Array>,
  policy: (html: string) => string,
): Promise<AppResponse> {
  const found = appFileFor(root, url);
  const plain = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };
  if (!found.ok) return { status: found.status, headers: plain, body: found.reason };
  let bytes: Uint8Array;
  try {
    bytes = await read(found.file);
  } catch {
    return { status: 404, headers: plain, body: 'no such file in the app' };
  }
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(found.file),
    'X-Content-Type-Options': 'nosniff',
  };
  if (found.file !== path.resolve(root, 'index.html')) return { status: 200, headers, body: bytes };
  const html = Buffer.from(bytes).toString('utf8');
  const csp = policy(html);
  headers['Content-Security-Policy'] = csp;
  return { status: 200, headers, body: withMetaPolicy(html, csp) };
}

const META_POLICY =
  /(<meta\b[^>]*?http-equiv=["']Content-Security-Policy["'][^>]*?content=)("[^"]*"|'[^']*')/i;

/** The page with its meta policy replaced by `csp`; a page without one is refused (it would run unguarded). */
export function withMetaPolicy(html: string, csp: string): string {
  if (!META_POLICY.test(html)) throw new Error('the app page has no Content-Security-Policy meta tag');
  return html.replace(META_POLICY, (_, start: string) => `${start}"${csp.replace(/"/g, '&quot;')}"`);
}
