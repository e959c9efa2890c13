import { z } from 'zod';

/**
 * The frames on the one WebSocket each client holds to the exercise host (docs/architecture.md §5): channels
 * multiplexed on it by name. A client joins a channel (a role's station channel, the console's), posts on it
 * and leaves it; the host sends on a channel to every socket that joined it. What travels inside a frame is
 * the channel's own protocol (core/stations/station-protocol.ts, console-protocol.ts), checked by its reader.
 */

/** Where the host listens for sockets, on the origin that served the page. */
export const HOST_SOCKET_PATH = '/host/socket';
/** Where a page on loopback asks the host for the console's token (never given to any other address). */
export const HOST_SESSION_PATH = '/host/session';

/**
 * The largest frame the host reads. The longest legitimate frame is the console creating an exercise from an
 * opened scenario or imported MSEL: the scenario's text and the playbook's (a 5,000-inject scenario is about
 * 3 MB of YAML, the playbook 0.3 MB). A larger frame closes that socket (WebSocket code 1009).
 */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** A station's frames are small (its longest command is a message of a few pages): larger ones are refused. */
export const MAX_STATION_FRAME_BYTES = 256 * 1024;

const ChannelName = z.string().min(1).max(300);

/** What a client sends. */
export const ClientFrame = z.discriminatedUnion('op', [
  /** A station channel is joined with the station token the host gave (access-protocol.ts). */
  z.strictObject({ op: z.literal('join'), ch: ChannelName, token: z.string().min(1).max(2000).optional() }),
  z.strictObject({ op: z.literal('leave'), ch: ChannelName }),
  z.strictObject({ op: z.literal('post'), ch: ChannelName, body: z.unknown() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** What the host sends: a channel's message, or a refusal of a frame that names what was wrong with it. */
export type HostFrame = { ch: string; body: unknown } | { ch: null; error: FrameError };

/** A frame the host could not take: the connection stays open, and nothing the frame asked for happened. */
export interface FrameError {
  /** The channel the frame named, when it named one. */
  ch: string | null;
  /** The field at fault, as a path into the frame (`op`, `ch`, `body.payload.text`). */
  field: string;
  reason: string;
}

export type ParsedClientFrame = { ok: true; frame: ClientFrame } | { ok: false; error: FrameError };

/** Read one text frame from a client: JSON, then the frame's shape. Never throws. */
export function parseClientFrame(text: string): ParsedClientFrame {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { ch: null, field: 'frame', reason: 'not JSON' } };
  }
  const parsed = ClientFrame.safeParse(raw);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0];
  const ch = typeof (raw as { ch?: unknown } | null)?.ch === 'string' ? (raw as { ch: string }).ch : null;
  return {
    ok: false,
    error: {
      ch,
      field: issue && issue.path.length > 0 ? issue.path.join('.') : 'frame',
      reason: issue?.message ?? 'not a frame',
    },
  };
}

/** Read one frame from the host; anything else is ignored by the client (the host is trusted as far as its shape). */
export function parseHostFrame(text: string): HostFrame | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const frame = raw as { ch?: unknown; body?: unknown; error?: unknown };
  if (typeof frame.ch === 'string' && 'body' in frame) return { ch: frame.ch, body: frame.body };
  if (frame.ch === null && typeof frame.error === 'object' && frame.error !== null)
    return { ch: null, error: frame.error as FrameError };
  return null;
}

/** The channel of a role's stations, parsed back into its exercise and role; null for any other name. */
export function parseStationChannel(name: string): { exerciseId: string; role: string } | null {
  const match = /^pbsim\/([^/]+)\/role\/([^/]+)$/.exec(name);
  return match ? { exerciseId: match[1] as string, role: match[2] as string } : null;
}
