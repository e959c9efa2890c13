import { z } from 'zod';
import { STATION_GRANT_KINDS } from '../events/index';

/**
 * How stations get in (docs/architecture.md §5, issue 20): a laptop on the exercise LAN posts a join code to
 * JOIN_PATH and is given a station token bound to the exercise, a role (or the roles one person plays) and a
 * station id the host chose. A window the console opens on the host laptop asks STATION_TOKEN_PATH with the
 * console's token instead. Every station channel is joined with the token; the host reads the roles from it,
 * never from the page. The console manages it all on its channel: the LAN listeners, codes, revocations.
 */

/** Where a station trades a join code for a station token (both listeners). */
export const JOIN_PATH = '/host/join';
/** Where a page on loopback, with the console's token, asks for a station token (loopback listener only). */
export const STATION_TOKEN_PATH = '/host/station-token';

export { STATION_GRANT_KINDS };
export type StationGrantKind = (typeof STATION_GRANT_KINDS)[number];

const Id = z.string().min(1).max(200);
const RoleList = z.array(z.string().min(1).max(120)).min(1).max(8);

export const JoinRequest = z.strictObject({ code: z.string().min(1).max(40) });
export const StationTokenRequest = z.strictObject({
  exerciseId: Id,
  roles: RoleList,
  /** Absent: the kind that plays these roles' audience. */
  kind: z.enum(STATION_GRANT_KINDS).optional(),
});
export type StationTokenRequest = z.infer<typeof StationTokenRequest>;

/** The host's answer at JOIN_PATH and STATION_TOKEN_PATH. */
export type JoinAnswer =
  | {
      ok: true;
      token: string;
      exerciseId: string;
      stationId: string;
      roles: string[];
      kind: StationGrantKind;
    }
  | { ok: false; reason: string; retryAfterMs?: number };

/** The LAN listeners as the console shows them: the addresses to give out, or why there are none. */
export interface LanStatus {
  on: boolean;
  /** Each address stations open, e.g. `http://192.168.10.4:4173/`. */
  urls: string[];
  problem: string | null;
}

/** A live join code, shown to the controller (never written to the journal: a journal travels). */
export interface JoinCodeView {
  codeId: string;
  code: string;
  roles: string[];
  kind: StationGrantKind;
  issuedWallMs: number;
}

/** A station the host gave a token to, with its sockets connected now. */
export interface StationAccessView {
  stationId: string;
  roles: string[];
  kind: StationGrantKind;
  via: 'code' | 'console';
  /** Where it joined from. */
  address: string;
  issuedWallMs: number;
  revokedWallMs: number | null;
  connections: { address: string; sinceWallMs: number }[];
}

/** The console's access requests, part of ConsoleRequest (console-protocol.ts). */
export const ACCESS_REQUESTS = [
  /** Start or stop listening on the room network. */
  z.strictObject({ kind: z.literal('lan'), requestId: z.string().min(1).max(80), on: z.boolean() }),
  /** A new join code: another for a role, or a control station's, which the controller chose to give out. */
  z.strictObject({
    kind: z.literal('code-issue'),
    requestId: z.string().min(1).max(80),
    exerciseId: Id,
    roles: RoleList,
    grant: z.enum(STATION_GRANT_KINDS),
  }),
  /** Revoke a code (a role's own code is replaced by a new one); stations that joined with it stay. */
  z.strictObject({
    kind: z.literal('code-revoke'),
    requestId: z.string().min(1).max(80),
    exerciseId: Id,
    codeId: Id,
  }),
  /** Cut a station off at once: its sockets close and its token is refused from then on. */
  z.strictObject({
    kind: z.literal('station-revoke'),
    requestId: z.string().min(1).max(80),
    exerciseId: Id,
    stationId: Id,
  }),
] as const;

/** What the host pushes about access, part of ConsoleMessage. */
export type AccessMessage =
  /** On welcome, in answer to `lan` (with its id), and whenever the listeners change. */
  | { kind: 'lan'; requestId: string | null; lan: LanStatus }
  /** For each exercise the console follows: on open, and whenever a code, a station or a socket changes. */
  | { kind: 'access'; exerciseId: string; codes: JoinCodeView[]; stations: StationAccessView[] }
  /** An access request done. */
  | { kind: 'access-done'; requestId: string };

export const ACCESS_MESSAGE_KINDS: readonly AccessMessage['kind'][] = ['lan', 'access', 'access-done'];
