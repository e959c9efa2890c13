import type http from 'node:http';
import type { z } from 'zod';
import { errorMessage, JoinRequest, StationTokenRequest } from '../core/index';
import { answer, readBody } from './http-answers';
import { isOwnPageOrigin, type Listener } from './page-origin';
import type { DoorAnswer, StationDoorApi } from './station-door-api';

/** A join or token request is a few dozen bytes: anything much larger is not one. */
const MAX_JOIN_BODY_BYTES = 2048;

/** The peer's address as people read it: an IPv4-mapped IPv6 address shown as the IPv4 one. */
export function peerAddress(request: http.IncomingMessage): string {
  return (request.socket.remoteAddress ?? '?').replace(/^::ffff:/, '');
}

/** The JSON body of a POST, or the answer to send instead (method, Origin, size, JSON). */
async function jsonBody(
  request: http.IncomingMessage,
  listener: Listener,
): Promise<{ ok: true; body: unknown } | { ok: false; status: 400 | 403 | 405 | 413; reason: string }> {
  if (request.method !== 'POST') return { ok: false, status: 405, reason: 'POST only' };
  // A page of another origin may post a form here; only the host's own pages may (a Node client sends none).
  const origin = request.headers.origin;
  if (origin !== undefined && !isOwnPageOrigin(origin, request.headers.host, listener))
    return { ok: false, status: 403, reason: `Origin ${origin} is not this host's` };
  const bytes = await readBody(request, MAX_JOIN_BODY_BYTES);
  if (bytes === null) return { ok: false, status: 413, reason: `at most ${MAX_JOIN_BODY_BYTES} bytes` };
  try {
    return { ok: true, body: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, reason: 'the body is not JSON' };
  }
}

function send(response: http.ServerResponse, result: DoorAnswer): void {
  const retry = result.answer.ok ? undefined : result.answer.retryAfterMs;
  answer(
    response,
    result.status,
    result.answer,
    retry === undefined ? {} : { 'Retry-After': String(Math.ceil(retry / 1000)) },
  );
}

function fieldReason(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
  return `${field}: ${issue?.message ?? 'not readable'}`;
}

/** A door request: its body read and checked against `schema`, then the door's answer, or why not. */
async function answerDoor<T>(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  schema: z.ZodType<T>,
  words: { refused: string; failed: string },
  ask: (body: T, address: string) => Promise<DoorAnswer>,
  listener: Listener,
): Promise<void> {
  const read = await jsonBody(request, listener);
  if (!read.ok) return answer(response, read.status, { ok: false, reason: read.reason });
  const parsed = schema.safeParse(read.body);
  if (!parsed.success)
    return answer(response, 400, {
      ok: false,
      reason: `${words.refused}: ${fieldReason(parsed.error.issues)}`,
    });
  try {
    send(response, await ask(parsed.data, peerAddress(request)));
  } catch (error) {
    answer(response, 500, { ok: false, reason: `${words.failed}: ${errorMessage(error)}` });
  }
}

/** JOIN_PATH: a station's code for a station token. */
export function answerJoin(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  door: StationDoorApi,
  listener: Listener = { kind: 'loopback' },
): Promise<void> {
  return answerDoor(
    request,
    response,
    JoinRequest,
    { refused: 'join refused', failed: 'the host could not take the code' },
    (body, address) => door.join(body.code, address),
    listener,
  );
}

/** STATION_TOKEN_PATH: a window the console opened, for a token without a code (checked by the caller). */
export function answerStationToken(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  door: StationDoorApi,
  listener: Listener = { kind: 'loopback' },
): Promise<void> {
  return answerDoor(
    request,
    response,
    StationTokenRequest,
    { refused: 'token refused', failed: 'the host could not give a token' },
    (body, address) => door.issueForConsole(body, address),
    listener,
  );
}
