import { z } from 'zod';
import { Duration, EventName, InForce, KebabId, Marking, Source } from '../documents/index';
import { TRANSLATION_DOCUMENT_VERSION, TranslationDocument } from './translation-schema';

/**
 * The schema of playbook documents (YAML in playbook/). One source for validation, TypeScript types and the
 * committed JSON Schema (playbook/playbook.schema.json).
 */

/**
 * The `schemaVersion` this version of the app reads, per document kind. The schemas accept only these; an
 * older document is migrated first by the named steps in document-migrations.ts, a newer one is refused.
 * Changing a kind's schema bumps its version here and adds a step there, with a test.
 */
export const PLAYBOOK_DOCUMENT_VERSIONS = {
  playbook: 1,
  roles: 1,
  markings: 1,
  /** 2: events may say `exchange: eu-nato`. */
  /** 3: who acts — context `actors` and `actorSets`, guard lists, `refusal` texts, `stateIn` guards. */
  /** 4: every state has a `label` people read; a choice field may label its options (`optionLabels`). */
  mechanism: 4,
  /** Content catalogues in another language (playbook/translations/<language>/), see translation-schema.ts. */
  translation: TRANSLATION_DOCUMENT_VERSION,
} as const;
export type PlaybookDocumentKind = keyof typeof PLAYBOOK_DOCUMENT_VERSIONS;

const StateName = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase state name such as "fullActivation"');
/** Words a person reads: not empty, not only spaces. */
export const Label = z.string().regex(/\S/, 'must not be empty or blank');
const ImplementationName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase name');

/** A role id (`presidency`) or a role group (`group:member-state`). */
export const OwnerRef = z
  .string()
  .regex(/^(group:)?[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a role id or "group:<group>"');

/** A guard or action by registry name, with parameters where the implementation takes them. */
export const ImplementationRef = z.union([
  ImplementationName,
  z.strictObject({
    type: ImplementationName,
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  }),
]);
export type ImplementationRef = z.infer<typeof ImplementationRef>;

/**
 * A guard: a registry guard with its parameters, and what the engine tells a role whose decision it refuses
 * (`refusal`: "only the Member State that invoked the clause concludes it"). A list means all must hold.
 */
export const GuardRef = z.union([
  ImplementationName,
  z.strictObject({
    type: ImplementationName,
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    refusal: z
      .string()
      .min(1)
      .optional()
      .describe('why a decision this guard stops is refused, in words the role reads'),
  }),
]);
export type GuardRef = z.infer<typeof GuardRef>;
export const Guard = z.union([GuardRef, z.array(GuardRef).min(1)]);
export type Guard = z.infer<typeof Guard>;

/**
 * A transition. `target` is a sibling state name, or a dotted path from the machine's root
 * (`activated.crisisCell`); no target means the machine stays where it is and only runs its actions.
 */
export const TransitionObject = z.strictObject({
  target: z.string().min(1).optional(),
  guard: Guard.optional(),
  actions: z.array(ImplementationRef).optional(),
  description: z.string().optional(),
  inForce: InForce.optional(),
});
export const Transition = z.union([z.string().min(1), TransitionObject]);
export const TransitionList = z.union([Transition, z.array(Transition).min(1)]);
export type TransitionObject = z.infer<typeof TransitionObject>;
export type TransitionList = z.infer<typeof TransitionList>;

export interface StateNode {
  label: string;
  description?: string | undefined;
  type?: 'parallel' | 'final' | undefined;
  initial?: string | undefined;
  phase?: string | undefined;
  states?: Record<string, StateNode> | undefined;
  on?: Record<string, TransitionList> | undefined;
  timers?: Record<string, TransitionList> | undefined;
  entry?: ImplementationRef[] | undefined;
  exit?: ImplementationRef[] | undefined;
  inForce?: InForce | undefined;
}

export const StateNode: z.ZodType<StateNode> = z.lazy(() =>
  z.strictObject({
    label: Label.describe(
      'what a person reads on the board for this state, short and plain ("Staff-to-staff: no exchange")',
    ),
    description: z.string().optional(),
    type: z.enum(['parallel', 'final']).optional(),
    initial: StateName.optional(),
    phase: z.string().optional().describe('the Playbook phase (P0–P5) this state belongs to, for the board'),
    states: z.record(StateName, StateNode).optional(),
    on: z.record(EventName, TransitionList).optional(),
    timers: z
      .record(ImplementationName, TransitionList)
      .optional()
      .describe('named delays (registry) started on entry, cancelled on exit; fire as scenario-time timers'),
    entry: z.array(ImplementationRef).optional(),
    exit: z.array(ImplementationRef).optional(),
    inForce: InForce.optional(),
  }),
);

export const EventField = z.strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase field name'),
  label: z.string().min(1),
  type: z.enum(['text', 'boolean', 'number', 'choice', 'role', 'marking']),
  options: z.array(z.string().min(1)).min(1).optional(),
  optionLabels: z
    .record(z.string().min(1), Label)
    .optional()
    .describe(
      'what a person reads for a choice option, by option id, where the id spelt out is not plain enough ("hrvp": "HR/VP")',
    ),
  required: z.boolean().default(false),
});
export type EventField = z.infer<typeof EventField>;

/** Which stage of the response an event marks, for the T_detect…T_activate metrics. */
export const MetricStage = z.enum(['report', 'notify', 'assess', 'decide', 'activate', 'other']);

export const PlaybookEvent = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  owners: z.array(OwnerRef).default([]).describe('roles or role groups that may take this decision'),
  origin: z
    .enum(['decision', 'route'])
    .default('decision')
    .describe('decision: taken by an owner role; route: only sent by a route from another machine'),
  stage: MetricStage.default('other'),
  exchange: z
    .enum(['eu-nato'])
    .optional()
    .describe(
      'this decision passes information across the EU–NATO line — a staff contact, a cross-briefing, a shared product, agreed coordinated messaging, an alert exchanged; the metrics count it as an EU↔NATO exchange',
    ),
  fields: z.array(EventField).optional(),
  inForce: InForce.optional(),
  sources: z.array(Source).optional(),
});
export type PlaybookEvent = z.infer<typeof PlaybookEvent>;

/** A point in a machine's life: an event taken, or a state entered. */
export const Milestone = z.union([
  z.strictObject({ event: EventName }),
  z.strictObject({ enters: z.string().min(1).describe('state path from the machine root') }),
]);
export type Milestone = z.infer<typeof Milestone>;

export const Route = z.strictObject({
  description: z.string().min(1),
  when: Milestone,
  send: z.strictObject({ machine: KebabId, event: EventName }),
  instance: z
    .enum(['same', 'none'])
    .default('same')
    .describe(
      'same: the case with the same instance key (if the target has cases); none: the single machine',
    ),
  inForce: InForce.optional(),
});
export type Route = z.infer<typeof Route>;

export const ExpectedWindow = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  metric: z.enum(['T_detect', 'T_notify', 'T_assess', 'T_decide', 'T_activate', 'legal-clock', 'other']),
  from: Milestone,
  to: Milestone,
  expected: Duration,
  basis: z
    .string()
    .min(1)
    .describe('why this window: a legal clock, an observed case, or a modelling choice'),
  reconstructed: z.boolean().default(false),
  inForce: InForce.optional(),
});
export type ExpectedWindow = z.infer<typeof ExpectedWindow>;

export const MechanismDocument = z.strictObject({
  schemaVersion: z.literal(PLAYBOOK_DOCUMENT_VERSIONS.mechanism),
  kind: z.literal('mechanism'),
  id: KebabId,
  title: z.string().min(1),
  summary: z.string().min(1),
  legalBasis: z.string().optional(),
  inForce: InForce.optional(),
  marking: Marking.describe('releasability of this machine state (who sees it on the board)'),
  instanceKey: z
    .strictObject({ name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/), label: z.string().min(1) })
    .optional()
    .describe('present when the mechanism can run several cases at once, one per key value'),
  context: z
    .strictObject({
      flags: z.array(ImplementationName).default([]),
      counters: z.array(ImplementationName).default([]),
      actors: z
        .array(ImplementationName)
        .default([])
        .describe('named records of one role each (invoker, requester), set by recordActor'),
      actorSets: z
        .array(ImplementationName)
        .default([])
        .describe('named sets of roles (objectors), changed by addActor and removeActor'),
    })
    .optional()
    .describe('flags, counters and the roles that act in the case, set by actions and read by guards'),
  initial: StateName,
  on: z
    .record(EventName, TransitionList)
    .optional()
    .describe("transitions accepted in every state (a state's own `on` takes precedence)"),
  states: z.record(StateName, StateNode),
  events: z.record(EventName, PlaybookEvent),
  routes: z.array(Route).default([]),
  windows: z.array(ExpectedWindow).default([]),
  sources: z.array(Source).min(1),
  reconstructed: z.string().min(1).describe('what in this model is reconstructed rather than documented'),
});
export type MechanismDocument = z.infer<typeof MechanismDocument>;

export const RoleDefinition = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  organisation: KebabId,
  side: z.enum(['eu', 'nato', 'national', 'control', 'evaluation', 'external']),
  audience: z.enum(['players', 'control', 'evaluation', 'observers']),
  clearance: z.array(KebabId).describe('clearance tags; a role sees a marking releasable to any of them'),
  groups: z.array(KebabId).default([]),
  description: z.string().min(1),
});
export type RoleDefinition = z.infer<typeof RoleDefinition>;

export const OrganisationDefinition = z.strictObject({
  id: KebabId,
  name: z.string().min(1),
  type: z.enum([
    'eu-institution',
    'eu-agency',
    'eu-network',
    'member-state',
    'partner-state',
    'nato',
    'international',
    'non-state',
    'control',
    'evaluation',
  ]),
});

export const RolesDocument = z.strictObject({
  schemaVersion: z.literal(PLAYBOOK_DOCUMENT_VERSIONS.roles),
  kind: z.literal('roles'),
  organisations: z.array(OrganisationDefinition).min(1),
  roles: z.array(RoleDefinition).min(1),
});
export type RolesDocument = z.infer<typeof RolesDocument>;

export const MarkingDefinition = z.strictObject({
  id: Marking,
  title: z.string().min(1),
  description: z.string().min(1),
  releasableTo: z
    .array(KebabId)
    .describe('clearance tags that may see it; empty means everyone (public information)'),
});
export type MarkingDefinition = z.infer<typeof MarkingDefinition>;

export const MarkingsDocument = z.strictObject({
  schemaVersion: z.literal(PLAYBOOK_DOCUMENT_VERSIONS.markings),
  kind: z.literal('markings'),
  clearances: z.array(z.strictObject({ id: KebabId, description: z.string().min(1) })).min(1),
  markings: z.array(MarkingDefinition).min(1),
});
export type MarkingsDocument = z.infer<typeof MarkingsDocument>;

export const PlaybookManifest = z.strictObject({
  schemaVersion: z.literal(PLAYBOOK_DOCUMENT_VERSIONS.playbook),
  kind: z.literal('playbook'),
  id: KebabId,
  version: z.string().regex(/^\d+\.\d+$/, 'must be a version such as "2018.1"'),
  title: z.string().min(1),
  summary: z.string().min(1),
  baseline: z
    .string()
    .min(1)
    .describe('which era of EU machinery is the baseline, and how later instruments are dated'),
  sources: z.array(Source).min(1),
});
export type PlaybookManifest = z.infer<typeof PlaybookManifest>;

/** Every kind of document in playbook/. */
export const PlaybookDocument = z.discriminatedUnion('kind', [
  PlaybookManifest,
  RolesDocument,
  MarkingsDocument,
  MechanismDocument,
  TranslationDocument,
]);
export type PlaybookDocument = z.infer<typeof PlaybookDocument>;
