import { z } from 'zod';
import {
  Duration,
  DURATION_PATTERN,
  durationTooLong,
  durationWithinBound,
  EventName,
  KebabId,
  Marking,
  Source,
} from '../documents/index';

/**
 * The schema of scenario documents (scenarios/<id>/scenario.yaml). One source for validation, TypeScript
 * types and the committed JSON Schema (scenarios/scenario.schema.json).
 */

/**
 * The `schemaVersion` of scenarios this version of the app reads. The schema accepts only this one; an older
 * scenario is migrated first by the named steps in scenario-migrations.ts, a newer one is refused. Changing
 * the schema bumps it and adds a step there, with a test.
 */
export const SCENARIO_SCHEMA_VERSION = 2;

const InjectId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'must be an inject id of letters, digits, ".", "_" or "-" (e.g. "INJ-012")',
  );
const ExpectedActionId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an id such as "EA-1"');

/** Scenario time written `T+<duration>`: `T+0`, `T+3d`, `T+2h30m`, `T+1d4h`. */
export const SCENARIO_TIME_PATTERN = new RegExp(`^T\\+(0|${DURATION_PATTERN.source.slice(1, -1)})$`);
export const ScenarioTime = z
  .string()
  .regex(SCENARIO_TIME_PATTERN, 'must be a scenario time such as "T+0", "T+6h", "T+3d" or "T+1d4h30m"')
  .refine((text) => durationWithinBound(text.replace(/^T\+/, '')), durationTooLong);

export const Channel = z.enum([
  'email',
  'phone',
  'official-request',
  'intelligence-report',
  'news',
  'social-media',
  'diplomatic-cable',
  'sitrep',
  'meeting',
  'video-conference',
  'platform-alert',
]);
export type Channel = z.infer<typeof Channel>;

export const HybridDomain = z.enum([
  'cyber',
  'information',
  'intelligence',
  'diplomacy',
  'political',
  'economy',
  'infrastructure',
  'energy',
  'space',
  'military',
  'legal',
  'social',
  'public-administration',
  'culture',
  'health',
  'cbrn',
  'maritime',
  'migration',
]);

export const Tags = z.strictObject({
  disarm: z
    .array(
      z
        .string()
        .regex(/^(TA\d{2}|T\d{4}(\.\d{3})?|C\d{5})$/, 'must be a DISARM id such as "TA08" or "T0049"'),
    )
    .optional(),
  attack: z
    .array(z.string().regex(/^(TA\d{4}|T\d{4}(\.\d{3})?)$/, 'must be an ATT&CK id such as "T1195.002"'))
    .optional(),
  hybridDomain: z.array(HybridDomain).optional(),
  euInstrument: z.array(z.string().min(1)).optional(),
  realCase: z.string().optional().describe('the real case this inject is calibrated on'),
});

/** A playbook decision: which machine, which event, and (for mechanisms with cases) which case. */
export const PlaybookEventRef = z.strictObject({
  machine: KebabId,
  event: EventName,
  instance: z.string().min(1).optional(),
  fields: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe('the decision counts only with these field values (e.g. regime: chemicalWeapons)'),
});

export const ExpectedAction = z.union([
  z.strictObject({
    id: ExpectedActionId,
    role: KebabId.describe('the playbook role expected to act'),
    event: PlaybookEventRef,
    window: Duration.optional().describe('from the inject release; missed after it'),
    objective: KebabId.optional(),
    description: z.string().optional(),
  }),
  z.strictObject({
    id: ExpectedActionId,
    role: KebabId,
    text: z.string().min(1).describe('free-text action, marked met or unmet by EXCON or an evaluator'),
    window: Duration.optional(),
    objective: KebabId.optional(),
  }),
]);
export type ExpectedAction = z.infer<typeof ExpectedAction>;

/** What releases an inject that is not released at a fixed scenario time. */
export const Trigger = z.union([
  z.strictObject({
    state: z.strictObject({
      machine: KebabId,
      state: z.string().min(1),
      instance: z.string().min(1).optional(),
    }),
  }),
  z.strictObject({
    decision: z.strictObject({
      machine: KebabId,
      event: EventName,
      role: KebabId.optional(),
      instance: z.string().min(1).optional(),
    }),
  }),
  z.strictObject({
    missed: z.strictObject({ inject: InjectId, action: ExpectedActionId }).describe('contingency inject'),
  }),
]);
export type Trigger = z.infer<typeof Trigger>;

export const Inject = z
  .strictObject({
    id: InjectId,
    title: z.string().min(1).describe("control's name for the inject (the MSEL); recipients read `heading`"),
    heading: z
      .string()
      .min(1)
      .optional()
      .describe(
        'what recipients read as its title when the title is control material (required for a contingency)',
      ),
    at: ScenarioTime.optional().describe('release at this scenario time'),
    when: Trigger.optional().describe('or release when this happens'),
    delay: Duration.optional().describe('after the trigger, before release'),
    notBefore: ScenarioTime.optional(),
    from: KebabId.describe('the sender: a role, often a simulated one'),
    to: z.array(KebabId).min(1),
    channel: Channel,
    marking: Marking,
    priority: z.enum(['routine', 'priority', 'flash']).default('routine'),
    text: z.string().min(1),
    expectedActions: z.array(ExpectedAction).default([]),
    evaluatorNotes: z.string().optional().describe('control and evaluation audience only'),
    objectives: z.array(KebabId).default([]),
    tags: Tags.default({}),
    track: z.string().optional().describe('storyline or move, for filtering'),
  })
  .refine((inject) => (inject.at === undefined) !== (inject.when === undefined), {
    message: 'an inject needs exactly one of "at" (a scenario time) or "when" (a condition)',
    path: ['at'],
  });
export type Inject = z.infer<typeof Inject>;

export const LocalRole = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  organisation: z.string().min(1),
  side: z.enum(['eu', 'nato', 'national', 'control', 'evaluation', 'external']),
  audience: z.enum(['players', 'control', 'evaluation', 'observers']).default('players'),
  clearance: z.array(KebabId).default([]),
  groups: z.array(KebabId).default([]),
  simulatedBy: KebabId.optional().describe('the control role that plays it (simcell, nato-white-cell)'),
  description: z.string().optional(),
});
export type LocalRole = z.infer<typeof LocalRole>;

export const Objective = z.strictObject({
  id: KebabId,
  title: z.string().min(1),
  capability: z.string().min(1).describe('the capability this objective tests'),
  description: z.string().optional(),
});

export const Country = z.strictObject({
  id: KebabId,
  name: z.string().min(1),
  memberOf: z.array(z.enum(['eu', 'nato'])).default([]),
  role: KebabId.optional().describe('the playbook role that plays this country'),
  description: z.string().optional(),
});

export const WorldActor = z.strictObject({
  id: KebabId,
  name: z.string().min(1),
  kind: z.enum([
    'state',
    'state-service',
    'non-state',
    'company',
    'media',
    'international-organisation',
    'person',
  ]),
  description: z.string().optional(),
});

export const ScenarioDocument = z.strictObject({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  kind: z.literal('scenario'),
  id: KebabId,
  title: z.string().min(1),
  summary: z.string().min(1),
  playbook: z.strictObject({
    id: KebabId,
    version: z.string().regex(/^\d+\.\d+$/, 'must be a playbook version such as "2018.1"'),
  }),
  start: z.strictObject({
    date: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
        'must be an in-world local date and time such as "2018-03-04T16:00"',
      ),
    timeZone: z
      .string()
      .regex(/^[A-Za-z_]+(\/[A-Za-z_+-]+)*$/, 'must be an IANA time zone such as "Europe/Brussels"'),
  }),
  span: Duration.describe('how much scenario time the exercise covers'),
  world: z.strictObject({
    description: z.string().min(1),
    countries: z.array(Country).default([]),
    actors: z.array(WorldActor).default([]),
  }),
  roles: z.strictObject({
    play: z.array(KebabId).min(1).describe('playbook roles in play'),
    local: z.array(LocalRole).default([]),
  }),
  objectives: z.array(Objective).default([]),
  cases: z
    .array(
      z.strictObject({
        machine: KebabId,
        instance: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case case key'),
        title: z.string().min(1),
      }),
    )
    .default([])
    .describe(
      'the cases (instances) of multi-case mechanisms this scenario plays: a UCPM request, a listing …',
    ),
  injects: z.array(Inject).min(1),
  calibration: z.array(Source).default([]).describe('the real cases the timeline is calibrated on'),
});
export type ScenarioDocument = z.infer<typeof ScenarioDocument>;
