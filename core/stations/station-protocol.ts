import { z } from 'zod';
import type { CommandReply } from '../ports/index';
import type { StationRoster, StationView, StationViewUpdate } from '../engine/index';
import { isAgentStation } from '../read-models/index';

/**
 * What stations and the engine host say to each other over a role's channel. The role is the channel's,
 * never the message's: a station cannot speak for a role whose channel it is not on, and the host stamps
 * `issuedBy` itself (docs/architecture.md §6).
 */

/** A station's name; `agent:…` is kept for automated roles, whose acts are credited as automated by it. */
export const StationId = z
  .string()
  .min(1)
  .max(80)
  .refine((name) => !isAgentStation(name), 'is kept for automated roles (agent:…): choose another name');

export const StationMessage = z.discriminatedUnion('kind', [
  /** A station opens (or reopens): send it everything after `since` in the role's stream. */
  z.strictObject({ kind: z.literal('hello'), station: StationId, since: z.number().int().nonnegative() }),
  /** Every few seconds; `since` is the station's last stream number, so a restarted host can catch it up. */
  z.strictObject({
    kind: z.literal('heartbeat'),
    station: StationId,
    since: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    kind: z.literal('command'),
    station: StationId,
    commandId: z.string().min(1).max(120),
    type: z.string().min(1).max(60),
    payload: z.record(z.string(), z.unknown()),
  }),
]);
export type StationMessage = z.infer<typeof StationMessage>;

/** The host's live clock: stations show scenario time between pushes from this anchor. */
export interface HostClock {
  status: string;
  speed: number | 'max';
  scenarioMs: number;
  wallMs: number;
}

export type HostMessage =
  /** A full view answers a station's hello or heartbeat; a push (to every station of the role) is an update. */
  | { kind: 'view'; station: string | null; view: StationView | StationViewUpdate }
  /** Sent to a station on its hello, and when a host first hears from it (a restarted host). */
  | { kind: 'roster'; station: string; roster: StationRoster }
  | { kind: 'reply'; station: string; commandId: string; reply: CommandReply }
  | { kind: 'clock'; clock: HostClock }
  | { kind: 'host-offline' }
  /**
   * The channel is (again) joined to a host: said by the socket layer when a station's socket connects or
   * reconnects (a restarted host), so the station says hello with what it holds and resends what is unanswered.
   */
  | { kind: 'host-online' }
  | { kind: 'refused'; station: string | null; reason: string };

export type ParsedStationMessage = { ok: true; message: StationMessage } | { ok: false; reason: string };

/** Validate a message from a station on a role's channel; the reason names the role and the field at fault. */
export function parseStationMessage(raw: unknown, role: string): ParsedStationMessage {
  const parsed = StationMessage.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'message';
  return {
    ok: false,
    reason: `message from a station of role ${role} refused: ${field}: ${issue?.message ?? 'not a station message'}`,
  };
}

const HOST_KINDS: ReadonlySet<unknown> = new Set<HostMessage['kind']>([
  'view',
  'roster',
  'reply',
  'clock',
  'host-offline',
  'host-online',
  'refused',
]);

/** Host messages are trusted only as far as their shape: a station ignores anything else on its channel. */
export function isHostMessage(raw: unknown): raw is HostMessage {
  return typeof raw === 'object' && raw !== null && HOST_KINDS.has((raw as { kind?: unknown }).kind);
}
