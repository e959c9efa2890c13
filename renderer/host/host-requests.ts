import { HOST_SESSION_PATH, type RestoreResult } from '../../core/index';
import { hostUrl } from '../transport/index';

/*
 * The exercise host's HTTP endpoints the console uses beside its socket (station-server/): the console's
 * token, which the host hands only to a page on its own computer; an exercise's journal as a backup; a
 * backup restored as a new exercise. The last two need the token.
 */

/** The host will not make this page a console: retrying will not help. */
export class ConsoleRefusedError extends Error {}

export type { RestoreResult };

type Fetch = typeof fetch;

/** The console's token, from the host that served the page. */
export async function fetchConsoleToken(fetcher: Fetch = fetch): Promise<string> {
  const response = await fetcher(hostUrl(HOST_SESSION_PATH), { cache: 'no-store' });
  if (response.status === 403)
    throw new ConsoleRefusedError(
      'the exercise host gives the console only to a page opened on its own computer (http://127.0.0.1 or http://localhost, or the desktop app)',
    );
  if (!response.ok) throw new Error(`the exercise host answered ${response.status} for the console's token`);
  const body = (await response.json()) as { consoleToken?: unknown };
  if (typeof body.consoleToken !== 'string') throw new Error('the exercise host sent no console token');
  return body.consoleToken;
}

/**
 * An exercise's backup: one file the host signs (issue 25), its journal's lines inside exactly as kept, which
 * restore proves before it takes them and `report` reads as a journal once unpacked.
 */
export async function fetchBackup(
  exerciseId: string,
  token: string,
  fetcher: Fetch = fetch,
): Promise<{ fileName: string; text: string }> {
  const response = await fetcher(hostUrl(`/host/exercises/${encodeURIComponent(exerciseId)}/package`), {
    headers: { 'X-Console-Token': token },
    cache: 'no-store',
  });
  if (!response.ok)
    throw new Error(
      `the exercise host could not give the backup of ${exerciseId}: ${await reasonOf(response)}`,
    );
  return { fileName: `${exerciseId}.pbsim-package`, text: await response.text() };
}

/**
 * An exercise's journal, or null when the host has no exercise with that id (404): how an upload the host
 * refused finds out whether the host already holds that exercise.
 */
export async function findJournal(
  exerciseId: string,
  token: string,
  fetcher: Fetch = fetch,
): Promise<{ fileName: string; text: string } | null> {
  const response = await requestJournal(exerciseId, token, fetcher);
  return response.status === 404 ? null : journalOf(exerciseId, response);
}

function requestJournal(exerciseId: string, token: string, fetcher: Fetch): Promise<Response> {
  return fetcher(hostUrl(`/host/exercises/${encodeURIComponent(exerciseId)}/journal`), {
    headers: { 'X-Console-Token': token },
    cache: 'no-store',
  });
}

async function journalOf(
  exerciseId: string,
  response: Response,
): Promise<{ fileName: string; text: string }> {
  if (!response.ok)
    throw new Error(
      `the exercise host could not give the journal of ${exerciseId}: ${await reasonOf(response)}`,
    );
  return { fileName: `${exerciseId}.events.jsonl`, text: await response.text() };
}

/**
 * A journal file the user chose, checked by the host line by line and stored as a new exercise. A file's
 * bytes go as they are: the host decodes them, so the page never holds a second, decoded copy of a large
 * backup.
 */
export async function restoreBackup(
  fileName: string,
  body: string | Uint8Array,
  token: string,
  fetcher: Fetch = fetch,
): Promise<RestoreResult> {
  const response = await fetcher(hostUrl(`/host/exercises/restore?file=${encodeURIComponent(fileName)}`), {
    method: 'POST',
    headers: { 'X-Console-Token': token, 'Content-Type': 'application/x-ndjson' },
    body: typeof body === 'string' ? body : new Blob([viewOf(body)]),
  });
  if (!response.ok) {
    // A refusal the host explains (a file over its size cap) carries its reason, which names the file.
    const said = await hostSaid(response);
    if (said !== undefined) return { ok: false, reason: said };
    return { ok: false, reason: `${fileName}: the exercise host refused it: ${await reasonOf(response)}` };
  }
  return (await response.json()) as RestoreResult;
}

/**
 * The bytes as a Blob can take them: a view of the same memory (an opened file's bytes sit in an ArrayBuffer),
 * copied only if they are in a shared buffer. A Blob body is streamed from the browser's blob store; a buffer
 * body of a 56 MB backup held the page's main thread for seconds in `fetch` (measured with DevTools attached).
 */
function viewOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();
}

/**
 * Why the host refused a request: its own words when it gave them (`{ reason }`: written for people, said as
 * they are), else the status with whatever text came back.
 */
export async function reasonOf(response: Response): Promise<string> {
  const said = await hostSaid(response);
  if (said !== undefined) return said;
  const text = (await response.text()).trim();
  return text ? `${response.status} ${text}` : `${response.status} ${response.statusText}`;
}

/** The reason the host gave in a JSON answer (`{ reason }`), if it gave one; the response stays readable. */
async function hostSaid(response: Response): Promise<string | undefined> {
  const said = await response
    .clone()
    .json()
    .then(
      (body: { reason?: unknown }) => body.reason,
      () => undefined,
    );
  return typeof said === 'string' ? said : undefined;
}
