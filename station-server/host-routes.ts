import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type http from 'node:http';
import { errorMessage, HOST_SESSION_PATH, JOIN_PATH, STATION_TOKEN_PATH } from '../core/index';
import type { ExerciseHostApi } from './host-api';
import { isLoopbackAddress, isLoopbackHostHeader } from './loopback';
import { answerAppPage, type Listener } from './page-origin';
import { answer, BASE_HEADERS, readBody } from './http-answers';
import { answerJoin, answerStationToken } from './station-routes';
import type { StationDoorApi } from './station-door-api';

/** The largest journal a console may upload to restore; a larger body is answered 413. */
export const MAX_RESTORE_BYTES = 1024 ** 3;

/** Where the console's token travels on the download and restore requests (never in a URL: URLs get logged). */
export const CONSOLE_TOKEN_HEADER = 'x-console-token';

export interface HostRoutesOptions {
  host: ExerciseHostApi;
  door: StationDoorApi;
  consoleToken: string;
  /** The listener these routes answer on: a LAN one answers a station's join and nothing else. */
  listener?: Listener;
  maxRestoreBytes?: number;
}

/** Takes a request under /host/ and answers it; returns false for anything else (the static files). */
export type HostRoutes = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

const JOURNAL_PATH = /^\/host\/exercises\/([^/]+)\/journal$/;
/** An exercise as a signed package: the backup (issue 25). */
const PACKAGE_PATH = /^\/host\/exercises\/([^/]+)\/package$/;
const RESTORE_PATH = '/host/exercises/restore';
/** The head of an exercise's journal chain and this host's key (issue 25): shown at ENDEX, printed on reports. */
const SEAL_PATH = /^\/host\/exercises\/([^/]+)\/seal$/;
/** This host's signing key and the partner keys imported (GET), or one more imported (POST). */
const KEYS_PATH = '/host/keys';
/** A key file is a few hundred bytes: anything much larger is not one. */
const MAX_KEY_BYTES = 64 * 1024;

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const [a, b] = [Buffer.from(given), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The length of the journal up to its last complete line: a download never ends in a line being written. */
async function completeLength(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const chunk = Buffer.alloc(64 * 1024);
    for (let end = size; end > 0;) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline >= 0) return start + newline + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/**
 * The host's HTTP endpoints beside the app's files (docs/architecture.md §5): the console's token for a page on
 * this machine, a journal's download and a journal's restore for the console. Every one refuses a Host header
 * that is not a loopback name (a DNS-rebinding page would send its own name).
 */
export function createHostRoutes(options: HostRoutesOptions): HostRoutes {
  const { host, consoleToken } = options;
  const cap = options.maxRestoreBytes ?? MAX_RESTORE_BYTES;

  async function journal(response: http.ServerResponse, exerciseId: string) {
    let file: string;
    let length: number;
    try {
      file = host.journalFile(exerciseId);
      length = await completeLength(file);
    } catch {
      return answer(response, 404, { reason: `no exercise ${exerciseId} in this host's data folder` });
    }
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'application/x-ndjson',
      'Content-Length': length,
      'Content-Disposition': `attachment; filename="${exerciseId}.events.jsonl"`,
    });
    if (length === 0) return void response.end();
    createReadStream(file, { start: 0, end: length - 1 })
      .on('error', () => response.destroy())
      .pipe(response);
  }

  async function exercisePackage(response: http.ServerResponse, exerciseId: string) {
    let made;
    try {
      made = await host.packageOf(exerciseId);
    } catch {
      return answer(response, 404, { reason: `no exercise ${exerciseId} in this host's data folder` });
    }
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'application/x-pbsim-package; charset=utf-8',
      'Content-Length': Buffer.byteLength(made.text),
      'Content-Disposition': `attachment; filename="${made.fileName}"`,
    });
    response.end(made.text);
  }

  async function seal(response: http.ServerResponse, exerciseId: string, url: URL) {
    const through = url.searchParams.get('through');
    const lines = through === null ? undefined : Number(through);
    if (lines !== undefined && (!Number.isSafeInteger(lines) || lines < 0))
      return answer(response, 400, { reason: 'through: the number of journal lines the head covers' });
    try {
      answer(response, 200, await host.sealOf(exerciseId, lines));
    } catch {
      answer(response, 404, { reason: `no exercise ${exerciseId} in this host's data folder` });
    }
  }

  async function keys(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    if (request.method === 'GET') return answer(response, 200, await host.signingKeys());
    if (request.method !== 'POST')
      return answer(response, 405, { reason: 'GET or POST only' }, { Allow: 'GET, POST' });
    const body = await readBody(request, MAX_KEY_BYTES);
    if (body === null)
      return answer(response, 413, { reason: 'not a key file: too large' }, { Connection: 'close' });
    const label = url.searchParams.get('label') ?? '';
    try {
      answer(response, 200, await host.importKey(new TextDecoder().decode(body), label));
    } catch (error) {
      answer(response, 400, { reason: errorMessage(error) });
    }
  }

  async function restore(request: http.IncomingMessage, response: http.ServerResponse, fileName: string) {
    const tooLarge = {
      ok: false,
      reason: `${fileName} is larger than ${sizeText(cap)}: it cannot be a journal to restore`,
    };
    if (Number(request.headers['content-length'] ?? 0) > cap)
      return answer(response, 413, tooLarge, { Connection: 'close' });
    // The file's bytes as the page sent them: the host decodes them as UTF-8 line by line and says which line
    // is not, rather than the route turning bad bytes into replacement characters.
    const body = await readBody(request, cap);
    if (body === null) return answer(response, 413, tooLarge, { Connection: 'close' });
    try {
      answer(response, 200, await host.restore(fileName, body));
    } catch (error) {
      answer(response, 500, { ok: false, reason: `restoring ${fileName} failed: ${errorMessage(error)}` });
    }
  }

  const listener = options.listener ?? { kind: 'loopback' };

  async function route(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    const method = request.method ?? '';
    if (listener.kind === 'lan') {
      if ((request.headers.host ?? '').toLowerCase() !== listener.hostHeader.toLowerCase())
        return answer(response, 403, {
          reason: `the host answers only pages served from ${listener.hostHeader}`,
        });
      if (url.pathname === JOIN_PATH) return answerJoin(request, response, options.door, listener);
      return answer(response, 403, {
        reason: 'only the host laptop reaches this (loopback): a station joins with a code',
      });
    }
    if (!isLoopbackHostHeader(request.headers.host))
      return answer(response, 403, { reason: 'the host answers only pages served from a loopback name' });
    if (url.pathname === JOIN_PATH) return answerJoin(request, response, options.door, listener);
    if (url.pathname === HOST_SESSION_PATH) {
      if (method !== 'GET') return answer(response, 405, { reason: 'GET only' }, { Allow: 'GET' });
      if (!isLoopbackAddress(request.socket.remoteAddress))
        return answer(response, 403, { reason: 'the console token is given only to this machine' });
      return answer(response, 200, { consoleToken });
    }
    if (url.pathname === STATION_TOKEN_PATH) {
      if (
        !isLoopbackAddress(request.socket.remoteAddress) ||
        !sameToken(request.headers[CONSOLE_TOKEN_HEADER], consoleToken)
      )
        return answer(response, 403, {
          reason: `a station token without a code is given only to this machine, with the console's token (${CONSOLE_TOKEN_HEADER})`,
        });
      return answerStationToken(request, response, options.door, listener);
    }
    const journalMatch =
      JOURNAL_PATH.exec(url.pathname) ?? PACKAGE_PATH.exec(url.pathname) ?? SEAL_PATH.exec(url.pathname);
    const isRestore = url.pathname === RESTORE_PATH;
    const isKeys = url.pathname === KEYS_PATH;
    if (!journalMatch && !isRestore && !isKeys)
      return answer(response, 404, { reason: `nothing at ${url.pathname}` });
    if (!sameToken(request.headers[CONSOLE_TOKEN_HEADER], consoleToken))
      return answer(response, 403, {
        reason: `the console's token is missing or wrong (${CONSOLE_TOKEN_HEADER})`,
      });
    if (isKeys) return keys(request, response, url);
    if (journalMatch) {
      if (method !== 'GET') return answer(response, 405, { reason: 'GET only' }, { Allow: 'GET' });
      let exerciseId: string;
      try {
        exerciseId = decodeURIComponent(journalMatch[1] as string);
      } catch {
        return answer(response, 400, { reason: 'the exercise id is not a valid URL segment' });
      }
      if (url.pathname.endsWith('/seal')) return seal(response, exerciseId, url);
      return url.pathname.endsWith('/package')
        ? exercisePackage(response, exerciseId)
        : journal(response, exerciseId);
    }
    if (method !== 'POST') return answer(response, 405, { reason: 'POST only' }, { Allow: 'POST' });
    const fileName = url.searchParams.get('file') ?? '';
    if (fileName === '' || fileName.length > 500)
      return answer(response, 400, {
        ok: false,
        reason: 'say which file this is: ?file=<name> (at most 500 characters)',
      });
    return restore(request, response, fileName);
  }

  return (request, response) => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://host.invalid');
    } catch {
      return false;
    }
    if (!url.pathname.startsWith('/host/')) return false;
    if (answerAppPage(request, response, listener)) return true;
    route(request, response, url).catch((error: unknown) => {
      if (!response.headersSent) answer(response, 500, { reason: errorMessage(error) });
      else response.destroy();
    });
    return true;
  };
}

/** A byte count as a person reads it: whole mebibytes as MB, anything else in bytes. */
function sizeText(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb && bytes % mb === 0 ? `${bytes / mb} MB` : `${bytes} bytes`;
}
