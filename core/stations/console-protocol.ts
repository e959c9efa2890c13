import { z } from 'zod';
import { ROLE_PLAYS } from '../events/index';
import { canonicalJson, sha256Hex } from '../engine/index';
import type { CommandReply, EngineSnapshot, ExerciseEvent, ExerciseRecord } from '../ports/index';
import { ACCESS_MESSAGE_KINDS, ACCESS_REQUESTS, type AccessMessage } from './access-protocol';
import type { StationPresence } from './station-hub';

/**
 * What the controller's console and the exercise host say to each other on the console's channel
 * (docs/architecture.md §5): the catalogue (list, create, delete), each open exercise's log as journal lines
 * with their global `seq`, the console's commands and their replies, and the stations' presence. The
 * console's rights come from the host: a socket from loopback that said `hello` with the token the host
 * handed out at HOST_SESSION_PATH; until then every other request is refused.
 */
export const CONSOLE_CHANNEL = 'pbsim/console';

/** Log lines go to a console in pages of at most this many events, live batches as they are recorded. */
export const CONSOLE_PAGE_EVENTS = 2_000;

/**
 * How far behind the host a console's copy may be and still be sent the rest line by line; further behind
 * (a wiped or new copy, a long absence) the host sends its latest snapshot with the events after it, so the
 * console shows the current state at once, and the console reads the history before it page by page.
 */
export const QUICK_OPEN_AFTER_EVENTS = CONSOLE_PAGE_EVENTS;

/**
 * The fingerprint of one journal line: SHA-256 of its canonical JSON. A console that reopens an exercise names
 * the last event it holds by it, so the host can tell a copy that continues its journal from one that does not
 * (the journal was restored from an older backup, or replaced).
 */
export function eventDigest(event: ExerciseEvent): string {
  return sha256Hex(canonicalJson(event));
}

const Id = z.string().min(1).max(200);
const Digest = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest');
const Seq = z.number().int().nonnegative();
const RequestId = z.string().min(1).max(80);
const Source = z.strictObject({ path: z.string().min(1).max(500), text: z.string() });

/** A new exercise from a scenario the console holds (bundled, opened from a file or imported from an MSEL). */
export const NewExerciseRequest = z.strictObject({
  name: z.string().min(1).max(200),
  marking: z.string().min(1).max(200),
  seed: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  scenario: z.strictObject({ id: Id, title: z.string().max(500), source: Source }),
  /** The playbook's documents; absent: the playbook the host ships with. */
  playbookSources: z.array(Source).max(500).optional(),
  /** How each role is played; roles not listed are played at stations. */
  roles: z.record(z.string().min(1).max(120), z.enum(ROLE_PLAYS)),
});
export type NewExerciseRequest = z.infer<typeof NewExerciseRequest>;

export const ConsoleRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hello'), token: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('list'), requestId: RequestId }),
  z.strictObject({ kind: z.literal('create'), requestId: RequestId, exercise: NewExerciseRequest }),
  z.strictObject({ kind: z.literal('delete'), requestId: RequestId, exerciseId: Id }),
  /** A what-if branch of the exercise after its event `atSeq` (issue 23); answered with `created` or `failed`. */
  z.strictObject({
    kind: z.literal('branch'),
    requestId: RequestId,
    exerciseId: Id,
    atSeq: Seq.min(1),
    name: z.string().trim().min(1).max(200),
  }),
  /**
   * Follow an exercise's log from the event after `since` (the console's last `seq`; 0 for all of it).
   * `digest` is `eventDigest` of the console's event `since` (absent when `since` is 0): the host answers
   * `diverged` when its journal does not hold that event, or holds fewer events than `since`.
   */
  z.strictObject({ kind: z.literal('open'), exerciseId: Id, since: Seq, digest: Digest.optional() }),
  /**
   * Events `from`…`to` of an exercise the console follows (the history before the snapshot of an `opening`),
   * at most CONSOLE_PAGE_EVENTS of them; answered with `history`.
   */
  z
    .strictObject({ kind: z.literal('history'), requestId: RequestId, exerciseId: Id, from: Seq, to: Seq })
    .refine((request) => request.from >= 1 && request.to >= request.from, {
      message: 'from must be at least 1 and no more than to',
      path: ['to'],
    })
    .refine((request) => request.to - request.from < CONSOLE_PAGE_EVENTS, {
      message: `at most ${CONSOLE_PAGE_EVENTS} events per request`,
      path: ['to'],
    }),
  z.strictObject({ kind: z.literal('close'), exerciseId: Id }),
  z.strictObject({
    kind: z.literal('command'),
    exerciseId: Id,
    commandId: z.string().min(1).max(120),
    type: z.string().min(1).max(60),
    payload: z.record(z.string(), z.unknown()),
    /** A control role the controller plays (EXCON by default). */
    role: z.string().min(1).max(120).optional(),
    /** The role whose decision a controller takes by hand. */
    actingAs: z.string().min(1).max(120).optional(),
  }),
  ...ACCESS_REQUESTS,
]);
export type ConsoleRequest = z.infer<typeof ConsoleRequest>;

/** A console's command as it travels to the host (a `command` request without its routing fields). */
export type ConsoleCommand = Omit<Extract<ConsoleRequest, { kind: 'command' }>, 'kind' | 'exerciseId'>;

/** The host's answer to a journal uploaded to restore: the new exercise's record, or why it was refused. */
export type RestoreResult =
  { ok: true; record: ExerciseRecord; notes: string[] } | { ok: false; reason: string };

export type ConsoleMessage =
  /** The host took the console's token: `dataFolder` is where its journals are, shown to the controller. */
  | { kind: 'welcome'; dataFolder: string }
  /** A request refused as a whole (no token yet, a field at fault): nothing it asked for happened. */
  | { kind: 'refused'; requestId: string | null; reason: string }
  /** The catalogue: in answer to `list` (with its id), and pushed with a null id whenever it changes. */
  | { kind: 'exercises'; requestId: string | null; exercises: ExerciseRecord[] }
  | { kind: 'created'; requestId: string; exercise: ExerciseRecord }
  | { kind: 'deleted'; requestId: string; exerciseId: string }
  /** A catalogue request that could not be done, and why (documents that do not load name file and line). */
  | { kind: 'failed'; requestId: string; reason: string }
  /**
   * Journal lines of an open exercise, each event once and in `seq` order, following on from what the console
   * already holds: pages of history after `open`, then every batch as it reaches the disk. `lastSeq` is the
   * journal's last `seq` when the message was sent, so the console can tell how much history is still to come.
   */
  | { kind: 'log'; exerciseId: string; events: ExerciseEvent[]; lastSeq: number }
  /**
   * The answer to `open` when the console's copy is more than QUICK_OPEN_AFTER_EVENTS behind: the first
   * event (the documents), the host's latest snapshot and the events after it up to `lastSeq`. The console
   * shows the current state at once and asks for the events after its copy up to `snapshot.seq` with
   * `history`; `log` messages follow on from `lastSeq` as they reach the disk.
   */
  | {
      kind: 'opening';
      exerciseId: string;
      created: ExerciseEvent;
      snapshot: EngineSnapshot;
      events: ExerciseEvent[];
      lastSeq: number;
    }
  /** The answer to `history`: the events asked for, in `seq` order. */
  | { kind: 'history'; requestId: string; exerciseId: string; events: ExerciseEvent[] }
  /**
   * The console's copy does not continue the host's journal: it holds events the host does not have (`heldSeq`
   * beyond `hostLastSeq`), or its event `heldSeq` is not the host's. Nothing is merged and nothing more is sent
   * for this exercise until the console opens it again (from nothing, to rebuild its copy from the host).
   */
  | { kind: 'diverged'; exerciseId: string; heldSeq: number; hostLastSeq: number; reason: string }
  /**
   * Whether the console may change the exercise, and why not: a damaged journal opens read-only; a write
   * that failed (a full disk) is reported and nothing of that command was recorded.
   */
  | { kind: 'status'; exerciseId: string; readOnly: boolean; problem: string | null }
  | { kind: 'presence'; exerciseId: string; stations: StationPresence[] }
  /** The engine's answer to a console command, sent once its events are on disk. */
  | { kind: 'reply'; exerciseId: string; commandId: string; reply: CommandReply }
  | { kind: 'not-found'; exerciseId: string; reason: string }
  | AccessMessage;

export type ParsedConsoleRequest = { ok: true; request: ConsoleRequest } | { ok: false; reason: string };

/** Validate a console request; the reason names the field at fault. */
export function parseConsoleRequest(raw: unknown): ParsedConsoleRequest {
  const parsed = ConsoleRequest.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'request';
  return {
    ok: false,
    reason: `console request refused: ${field}: ${issue?.message ?? 'not a console request'}`,
  };
}

const CONSOLE_KINDS: ReadonlySet<unknown> = new Set<ConsoleMessage['kind']>([
  'welcome',
  'refused',
  'exercises',
  'created',
  'deleted',
  'failed',
  'log',
  'opening',
  'history',
  'diverged',
  'status',
  'presence',
  'reply',
  'not-found',
  ...ACCESS_MESSAGE_KINDS,
]);

/** Host messages are trusted only as far as their shape: the console ignores anything else on its channel. */
export function isConsoleMessage(raw: unknown): raw is ConsoleMessage {
  return typeof raw === 'object' && raw !== null && CONSOLE_KINDS.has((raw as { kind?: unknown }).kind);
}
