import { JOIN_PATH, STATION_TOKEN_PATH, type JoinAnswer } from '../../core/index';
import { hostUrl } from '../transport/index';
import { fetchConsoleToken } from '../host/index';

/** What the host granted this page: the token, and the station and roles it names (ADR 0007). */
export type StationGrant = Extract<JoinAnswer, { ok: true }>;

type Fetch = typeof fetch;

const KEY_PREFIX = 'pbsim.station-grant';
const keyOf = (exerciseId: string, roles: readonly string[]) =>
  `${KEY_PREFIX}:${exerciseId}:${[...roles].sort().join(',')}`;

/** Where grants are kept: this tab's storage, then the browser's, so a reload or a reopened tab keeps its station. */
function stores(): Storage[] {
  const found: Storage[] = [];
  for (const name of ['sessionStorage', 'localStorage'] as const)
    try {
      const storage = globalThis[name];
      if (storage) found.push(storage);
    } catch {
      // Storage refused (a locked-down profile): the grant lives as long as the page.
    }
  return found;
}

const inMemory = new Map<string, StationGrant>();

function isGrant(value: unknown): value is StationGrant {
  const grant = value as Partial<StationGrant> | null;
  return (
    typeof grant?.token === 'string' &&
    typeof grant.stationId === 'string' &&
    typeof grant.exerciseId === 'string' &&
    Array.isArray(grant.roles)
  );
}

/** The grant kept for these roles of this exercise, if any. */
export function keptGrant(exerciseId: string, roles: readonly string[]): StationGrant | null {
  const key = keyOf(exerciseId, roles);
  for (const storage of stores()) {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      if (isGrant(parsed)) return parsed;
    } catch {
      // A damaged entry is no grant.
    }
  }
  return inMemory.get(key) ?? null;
}

/** Keeps a grant under the roles the HOST named (never the page's URL). */
export function keepGrant(grant: StationGrant): void {
  const key = keyOf(grant.exerciseId, grant.roles);
  inMemory.set(key, grant);
  for (const storage of stores())
    try {
      storage.setItem(key, JSON.stringify(grant));
    } catch {
      // Full or refused: the other store, or memory, keeps it.
    }
}

/** A grant the host no longer honours (revoked, expired): forgotten, so the page asks for a code. */
export function forgetGrant(exerciseId: string, roles: readonly string[]): void {
  const key = keyOf(exerciseId, roles);
  inMemory.delete(key);
  for (const storage of stores())
    try {
      storage.removeItem(key);
    } catch {
      // Nothing more to do.
    }
}

/**
 * A page served by the host's loopback listener is on the host laptop: the console's windows may ask without a
 * code. That listener answers on 127.0.0.1 (and the names for it); any other address, another loopback one
 * included (`--host 127.0.0.2`), is a LAN listener's.
 */
export function onHostLaptop(hostname: string = globalThis.location?.hostname ?? ''): boolean {
  const name = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || name === '127.0.0.1';
}

async function answerOf(response: Response): Promise<JoinAnswer> {
  try {
    return (await response.json()) as JoinAnswer;
  } catch {
    return { ok: false, reason: `the exercise host answered ${response.status}` };
  }
}

/**
 * The grant for a window the console opened on the host laptop: the console's token asks the host for the
 * roles the route names; the host checks them, and its answer is what the station uses.
 */
export async function grantOnHostLaptop(
  exerciseId: string,
  roles: readonly string[],
  fetcher: Fetch = fetch,
): Promise<JoinAnswer> {
  const consoleToken = await fetchConsoleToken(fetcher);
  const response = await fetcher(hostUrl(STATION_TOKEN_PATH), {
    method: 'POST',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json', 'X-Console-Token': consoleToken },
    body: JSON.stringify({ exerciseId, roles }),
  });
  const answer = await answerOf(response);
  if (answer.ok) keepGrant(answer);
  return answer;
}

/** A code typed at a station (any spelling), traded for a grant. */
export async function joinWithCode(code: string, fetcher: Fetch = fetch): Promise<JoinAnswer> {
  const response = await fetcher(hostUrl(JOIN_PATH), {
    method: 'POST',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const answer = await answerOf(response);
  if (answer.ok) keepGrant(answer);
  return answer;
}

/**
 * The grant for a station screen: the one kept for these roles, else (on the host laptop) one asked for with
 * the console's token; null when the page must join with a code.
 */
export async function stationGrantFor(
  exerciseId: string,
  roles: readonly string[],
  fetcher: Fetch = fetch,
): Promise<StationGrant | null> {
  const kept = keptGrant(exerciseId, roles);
  if (kept) return kept;
  if (!onHostLaptop()) return null;
  const answer = await grantOnHostLaptop(exerciseId, roles, fetcher);
  if (!answer.ok) throw new Error(answer.reason);
  return answer;
}
