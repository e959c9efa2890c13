import { z } from 'zod';
import { Marking } from '../documents/index';
import type { EmbeddedContent } from '../engine/index';

/**
 * The payload of every event type, one zod schema each: the one source of the event vocabulary. Types are
 * inferred from these, so emitting, reading and folding an event are checked by the compiler; the schemas
 * themselves run only on untrusted input (a journal from a file), once, where it is decoded. A payload schema
 * accepts fields it does not name (z.object), because a log line is never rewritten: what it holds stays.
 *
 * A change here is a change to the log format: bump EVENT_ENVELOPE_VERSION, add a migration step for the
 * lines of the version before (event-migrations.ts) and a fixture journal made by the new version.
 */

/** How urgent an inject is; the log keeps it as text, read back by `injectPriorityOf`. */
export const INJECT_PRIORITIES = ['routine', 'priority', 'flash'] as const;
export type InjectPriority = (typeof INJECT_PRIORITIES)[number];

/** An inject's priority as logged, as one of the known ones (routine when it is none of them). */
export const injectPriorityOf = (text: string): InjectPriority =>
  INJECT_PRIORITIES.find((priority) => priority === text) ?? 'routine';

/** What an observation is: a plain observation, a strength or an area for improvement. */
export const OBSERVATION_KINDS = ['observation', 'strength', 'improvement'] as const;

const Id = z.string().min(1);
const RoleId = z.string().min(1);
const StationIdText = z.string().min(1).max(120);
/**
 * What a station token lets its holder do (ADR 0007): a player's station plays its roles' decisions and
 * messages; a control station (given only when the controller chose to) acts for its control role; an
 * evaluator sends the evaluation audience's commands; an observer sends nothing.
 */
export const STATION_GRANT_KINDS = ['player', 'control', 'evaluator', 'observer'] as const;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A corrective action of the improvement plan as the log keeps it. */
const CorrectiveAction = z.object({
  actionId: Id,
  /** What is to be done. */
  what: z.string(),
  /** Who does it: a role of the exercise, or an organisation named in words. */
  owner: z.string(),
  /** When it is due (YYYY-MM-DD), or null when no date was agreed. */
  due: z.string().nullable(),
  objectiveId: Id.nullable(),
  observationIds: z.array(Id),
});

/** An XState state value as the log keeps it: a state name, or nested regions. */
export type StateValue = string | { [region: string]: StateValue };
const StateValueSchema = z.custom<StateValue>(
  (value) => typeof value === 'string' || isObject(value),
  'must be a state value (a state name or an object of regions)',
);

/** A machine's context as logged (the playbook's MechanismContext). */
const MechanismContextSchema = z.object({
  flags: z.record(z.string(), z.boolean()),
  counters: z.record(z.string(), z.number()),
  instance: z.string().nullable(),
  // Who acts in the case (mechanism documents v3, playbook 2018.2): absent from contexts logged before.
  actors: z.record(z.string(), RoleId.nullable()).optional(),
  actorSets: z.record(z.string(), z.array(RoleId)).optional(),
});

/** What caused a transition, for the log and the after-action review. */
export const TransitionCause = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision'), decisionId: Id }),
  z.object({ kind: z.literal('route'), fromActor: Id }),
  z.object({ kind: z.literal('timer'), timerId: Id }),
  z.object({ kind: z.literal('void'), decisionId: Id }),
]);
export type TransitionCause = z.infer<typeof TransitionCause>;

/** What a recipient's station shows of an inject: never its expected actions or evaluator notes. */
export const InjectContent = z.object({
  title: z.string(),
  text: z.string(),
  from: RoleId,
  to: z.array(RoleId),
  channel: z.string(),
  marking: Marking,
  priority: z.string(),
});
export type InjectContent = z.infer<typeof InjectContent>;

export const FieldValue = z.union([z.string(), z.number(), z.boolean()]);
export type FieldValue = z.infer<typeof FieldValue>;

/** Why a conditional inject was scheduled: a state entered, a decision taken, or a missed window. */
const TriggerCause = z.union([
  z.object({ state: z.string(), actorKey: Id }),
  z.object({ decisionId: Id }),
  z.object({ missed: z.object({ inject: Id, action: Id }) }),
]);

const Message = z.object({
  messageId: Id,
  from: RoleId,
  to: z.array(RoleId),
  marking: Marking,
  subject: z.string(),
  body: z.string(),
  inReplyTo: Id.nullable(),
  injectRefs: z.array(Id),
});

const EmbeddedContentSchema = z.custom<EmbeddedContent>(
  (value) =>
    isObject(value) &&
    isObject(value.playbook) &&
    Array.isArray(value.playbook.sources) &&
    isObject(value.scenario) &&
    isObject(value.scenario.source),
  'must hold the playbook sources and the scenario source',
);

const Nothing = z.object({});
const InjectRef = z.object({ injectId: Id });
const ActionRef = z.object({ injectId: Id, actionId: Id });

export const EVENT_PAYLOADS = {
  'exercise.created': z.object({
    name: z.string(),
    seed: z.number().int(),
    date: z.string(),
    start: z.object({ date: z.string(), timeZone: z.string() }),
    exerciseMarking: z.string(),
    autoPlay: z.record(z.string(), z.string()),
    content: EmbeddedContentSchema,
  }),
  'exercise.started': Nothing,
  'clock.paused': z.object({ cause: z.literal('no-play').optional() }),
  'clock.resumed': z.object({ gapMs: z.number().nonnegative(), afterRestart: z.boolean() }),
  'clock.speed-changed': z.object({
    speed: z.union([z.literal(1), z.literal(5), z.literal(30), z.literal(60), z.literal('max')]),
  }),
  'clock.jumped': z.object({ fromMs: z.number(), toMs: z.number() }),
  'exercise.ended': Nothing,
  // A what-if branch starts here (issue 23, envelope v5, ADR 0009): the events before it are its origin's
  // first `atSeq` events, copied under this exercise's id; `prefixSha256` is the hash of that prefix
  // (logPrefixHash), so the copy can be checked against the origin whenever the origin is at hand.
  'exercise.branched': z.object({
    name: z.string(),
    origin: z.object({ exerciseId: Id, name: z.string() }),
    atSeq: z.number().int().positive(),
    prefixSha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  'no-play.started': z.object({ notice: z.string() }),
  'no-play.lifted': Nothing,
  'mechanism.started': z.object({
    actorKey: Id,
    machine: Id,
    instance: z.string().nullable(),
    value: StateValueSchema,
    context: MechanismContextSchema,
  }),
  'mechanism.transitioned': z.object({
    actorKey: Id,
    machine: Id,
    instance: z.string().nullable(),
    /** The playbook event that moved it; null for a void, which restores the earlier state. */
    event: z.string().nullable(),
    cause: TransitionCause,
    from: StateValueSchema,
    to: StateValueSchema,
    context: MechanismContextSchema,
  }),
  'timer.scheduled': z.object({
    timerId: Id,
    actorKey: Id,
    statePath: z.string(),
    delay: z.string(),
    dueMs: z.number(),
  }),
  'timer.cancelled': z.object({ timerId: Id }),
  'timer.fired': z.object({ timerId: Id, actorKey: Id, delay: z.string(), statePath: z.string() }),
  'route.sent': z.object({ fromActor: Id, toActor: Id, event: z.string(), description: z.string() }),
  'decision.taken': z.object({
    decisionId: Id,
    actorKey: Id,
    machine: Id,
    instance: z.string().nullable(),
    event: z.string(),
    fields: z.record(z.string(), FieldValue),
    rationale: z.string().nullable(),
    /** The inject the decision answers, when its taker named one (envelope v4). */
    answersInject: Id.optional(),
  }),
  'decision.voided': z.object({ decisionId: Id, reason: z.string() }),
  'inject.triggered': z.object({ injectId: Id, dueMs: z.number(), cause: TriggerCause }),
  'inject.rescheduled': z.object({ injectId: Id, dueMs: z.number() }),
  'inject.edited': z.object({ injectId: Id, changes: InjectContent.partial() }),
  'inject.held': InjectRef,
  'inject.skipped': InjectRef,
  'inject.released': z.object({
    injectId: Id,
    content: InjectContent,
    deadlines: z.record(z.string(), z.number().nullable()),
    /** schedule, trigger, controller or adhoc. */
    cause: z.string(),
    adhoc: z.boolean(),
  }),
  'inject.delivered': z.object({ injectId: Id, role: RoleId, content: InjectContent }),
  'inject.blocked': z.object({ injectId: Id, role: RoleId, marking: Marking, reason: z.string() }),
  'inject.acknowledged': z.object({ injectId: Id, role: RoleId }),
  'expected-action.met': ActionRef.extend({ decisionId: Id, role: RoleId }),
  'expected-action.missed': ActionRef,
  'expected-action.marked': ActionRef.extend({ met: z.boolean(), note: z.string().optional() }),
  'message.sent': Message,
  'message.delivered': Message.extend({ role: RoleId }),
  'message.blocked': z.object({ messageId: Id, role: RoleId, marking: Marking, from: RoleId }),
  'message.read': z.object({ messageId: Id, role: RoleId, from: RoleId }),
  'observation.recorded': z.object({
    observationId: Id,
    objectiveId: Id.optional(),
    kind: z.enum(OBSERVATION_KINDS).optional(),
    injectId: Id.optional(),
    decisionId: Id.optional(),
    role: RoleId.optional(),
    text: z.string(),
  }),
  'observation.amended': z.object({ observationId: Id, text: z.string(), reason: z.string() }),
  'rating.given': z.object({
    objectiveId: Id,
    rating: z.enum(['P', 'S', 'M', 'U']),
    rationale: z.string(),
  }),
  // The improvement plan (issue 22, envelope v4): corrective actions that evaluators and EXCON agree on, each
  // answering an objective and the observations behind it. Amended and withdrawn, never erased.
  'corrective-action.added': CorrectiveAction,
  'corrective-action.amended': z.object({
    actionId: Id,
    changes: CorrectiveAction.omit({ actionId: true }).partial(),
    reason: z.string(),
  }),
  'corrective-action.withdrawn': z.object({ actionId: Id, reason: z.string() }),
  'role.auto-play-set': z.object({ role: RoleId, policy: z.string().nullable() }),
  // Who sat where (issue 20, ADR 0007): written by the host, never a code or a token (a journal travels).
  'station.joined': z.object({
    station: StationIdText,
    roles: z.array(RoleId).min(1).max(8),
    kind: z.enum(STATION_GRANT_KINDS),
    via: z.enum(['code', 'console']),
    codeId: StationIdText.nullable(),
    address: z.string().max(100),
  }),
  'station.revoked': z.object({
    station: StationIdText,
    roles: z.array(RoleId).min(1).max(8),
    reason: z.string().max(500),
  }),
  'join-code.issued': z.object({
    codeId: StationIdText,
    roles: z.array(RoleId).min(1).max(8),
    kind: z.enum(STATION_GRANT_KINDS),
  }),
  'join-code.revoked': z.object({
    codeId: StationIdText,
    roles: z.array(RoleId).min(1).max(8),
    replacedBy: StationIdText.nullable(),
  }),
} as const;
