import { z } from 'zod';
import { Marking } from '../documents/index';
import { AGENT_POLICIES, INJECT_PRIORITIES, OBSERVATION_KINDS } from '../events/index';
import { Channel, ScenarioTime } from '../scenario/index';

/** Payload schemas of every command, by type. A command whose payload fails its schema is rejected. */

const Id = z.string().min(1).max(200);
const RoleId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a role id');
const Text = z.string().min(1).max(20_000);
const FieldValue = z.union([z.string().max(20_000), z.number(), z.boolean()]);
const Empty = z.strictObject({});

/**
 * An inject's content as a controller writes it: an ad-hoc inject whole, an edit before release in part. The
 * log records what was released (`InjectContent` in the event vocabulary), with channel and priority as the
 * plain text they were released with, so a log keeps opening if either list grows.
 */
export const InjectDraft = z.strictObject({
  title: Text,
  text: Text,
  from: RoleId,
  to: z.array(RoleId).min(1),
  channel: Channel,
  marking: Marking,
  priority: z.enum(INJECT_PRIORITIES),
});
export type InjectDraft = z.infer<typeof InjectDraft>;

/** A corrective action of the improvement plan as an evaluator or EXCON writes it. */
const CorrectiveActionFields = z.strictObject({
  what: Text,
  /** A role of the exercise, or an organisation in words. */
  owner: z.string().min(1).max(200),
  due: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
    .nullable(),
  objectiveId: Id.nullable(),
  observationIds: z.array(Id).max(100),
});

/** A new action: with no due date, objective or observation unless given. */
const CorrectiveActionDraft = CorrectiveActionFields.extend({
  due: CorrectiveActionFields.shape.due.default(null),
  objectiveId: CorrectiveActionFields.shape.objectiveId.default(null),
  observationIds: CorrectiveActionFields.shape.observationIds.default([]),
});

export const COMMAND_SCHEMAS = {
  'exercise/start': Empty,
  'exercise/pause': Empty,
  'exercise/resume': Empty,
  'exercise/speed': z.strictObject({
    speed: z.union([z.literal(1), z.literal(5), z.literal(30), z.literal(60), z.literal('max')]),
  }),
  'exercise/jump-next': Empty,
  'exercise/jump-to': z.strictObject({ scenarioMs: z.number().int().nonnegative() }),
  'exercise/end': Empty,
  'exercise/no-play': z.strictObject({ on: z.boolean(), notice: z.string().max(2000).optional() }),
  'inject/release-now': z.strictObject({ injectId: Id }),
  'inject/hold': z.strictObject({ injectId: Id }),
  'inject/skip': z.strictObject({ injectId: Id }),
  'inject/reschedule': z.strictObject({ injectId: Id, at: ScenarioTime }),
  'inject/edit': z.strictObject({
    injectId: Id,
    changes: InjectDraft.partial().refine(
      (changes) => Object.keys(changes).length > 0,
      'name at least one field to change',
    ),
  }),
  'inject/send-adhoc': InjectDraft.extend({
    injectId: Id.optional(),
    priority: z.enum(INJECT_PRIORITIES).default('routine'),
  }),
  'inject/acknowledge': z.strictObject({ injectId: Id }),
  'decision/take': z.strictObject({
    machine: RoleId,
    instance: z.string().min(1).max(200).optional(),
    event: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be a playbook event name'),
    fields: z.record(z.string(), FieldValue).default({}),
    rationale: z.string().max(20_000).optional(),
    /** The inject this decision answers: one the deciding role received. */
    answersInject: Id.optional(),
  }),
  'decision/void': z.strictObject({ decisionId: Id, reason: Text }),
  'message/send': z.strictObject({
    messageId: Id.optional(),
    to: z.array(RoleId).min(1),
    marking: Marking,
    subject: z.string().min(1).max(500),
    body: Text,
    inReplyTo: Id.optional(),
    injectRefs: z.array(Id).default([]),
  }),
  'message/read': z.strictObject({ messageId: Id }),
  'observation/record': z.strictObject({
    observationId: Id.optional(),
    objectiveId: z.string().optional(),
    /** A plain observation, a strength or an area for improvement (the after-action report groups them). */
    kind: z.enum(OBSERVATION_KINDS).optional(),
    /** What the observation is about, when it is about one inject, decision or role. */
    injectId: Id.optional(),
    decisionId: Id.optional(),
    role: RoleId.optional(),
    text: Text,
  }),
  'observation/amend': z.strictObject({ observationId: Id, text: Text, reason: Text }),
  'rating/give': z.strictObject({ objectiveId: Id, rating: z.enum(['P', 'S', 'M', 'U']), rationale: Text }),
  'corrective-action/add': CorrectiveActionDraft.extend({ actionId: Id.optional() }),
  'corrective-action/amend': z.strictObject({
    actionId: Id,
    // Without defaults: an amendment changes only the fields it names.
    changes: CorrectiveActionFields.partial().refine(
      (changes) => Object.keys(changes).length > 0,
      'name at least one field to change',
    ),
    reason: Text,
  }),
  'corrective-action/withdraw': z.strictObject({ actionId: Id, reason: Text }),
  'expected-action/mark': z.strictObject({
    injectId: Id,
    actionId: Id,
    met: z.boolean(),
    note: z.string().max(20_000).optional(),
  }),
  'role/auto-play': z.strictObject({
    role: RoleId,
    policy: z.enum(AGENT_POLICIES).nullable(),
  }),
} as const;

export type CommandType = keyof typeof COMMAND_SCHEMAS;
/** A command's payload as the engine's handlers get it: parsed, defaults filled in. */
export type CommandPayload<T extends CommandType> = z.infer<(typeof COMMAND_SCHEMAS)[T]>;
/** A command's payload as a sender writes it: fields with defaults may be left out. */
export type CommandInput<T extends CommandType> = z.input<(typeof COMMAND_SCHEMAS)[T]>;

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(COMMAND_SCHEMAS, type);
}

/** Who may send each command: EXCON only, any control role, evaluators (and EXCON), or players. */
export type CommandAuthority = 'excon' | 'control' | 'evaluation' | 'player';

export const COMMAND_AUTHORITY: Record<CommandType, CommandAuthority> = {
  'exercise/start': 'excon',
  'exercise/pause': 'excon',
  'exercise/resume': 'excon',
  'exercise/speed': 'excon',
  'exercise/jump-next': 'excon',
  'exercise/jump-to': 'excon',
  'exercise/end': 'excon',
  'exercise/no-play': 'excon',
  'inject/release-now': 'control',
  'inject/hold': 'control',
  'inject/skip': 'control',
  'inject/reschedule': 'control',
  'inject/edit': 'control',
  'inject/send-adhoc': 'control',
  'inject/acknowledge': 'player',
  'decision/take': 'player',
  'decision/void': 'excon',
  'message/send': 'player',
  'message/read': 'player',
  'observation/record': 'evaluation',
  'observation/amend': 'evaluation',
  'rating/give': 'evaluation',
  'expected-action/mark': 'evaluation',
  'corrective-action/add': 'evaluation',
  'corrective-action/amend': 'evaluation',
  'corrective-action/withdraw': 'evaluation',
  'role/auto-play': 'excon',
};
