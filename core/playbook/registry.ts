import { assign, setup } from 'xstate';
import { durationToMs } from '../documents/index';

/**
 * THE registry: every action, guard and delay name a playbook document may use, implemented once in one
 * `setup()`. The loader checks each name in the documents against these tables before building a machine,
 * because XState silently ignores an unknown action and fails only late on an unknown guard.
 */

/**
 * What every playbook machine keeps (declared in the document's `context`): named flags and counters, and
 * who acts in the case — one role per named record (`invoker`, `requester`) and a set of roles per named set
 * (`objectors`), so guards can ask *which* role acts, not only which kind. Contexts logged before records
 * and sets existed have neither: every reader treats a missing one as empty.
 */
export interface MechanismContext {
  flags: Record<string, boolean>;
  counters: Record<string, number>;
  /** The case this actor runs, for mechanisms with an `instanceKey`. */
  instance: string | null;
  /** The role each named record holds (null until recorded). */
  actors?: Record<string, string | null>;
  /** The roles each named set holds, in the order they joined. */
  actorSets?: Record<string, string[]>;
}

/** The role that caused an event: decisions carry their owner, routed and timer events carry none. */
export interface EventActor {
  role: string;
  groups: readonly string[];
}

/** Events as the engine sends them: the playbook event name plus the decision's fields. */
export interface MechanismEvent {
  type: string;
  payload?: Readonly<Record<string, unknown>>;
  actor?: EventActor;
}

type Params = Readonly<Record<string, string | number | boolean>>;

function stringParam(params: Params | undefined, name: string): string {
  const value = params?.[name];
  return typeof value === 'string' ? value : '';
}

function recordedActor(context: MechanismContext, params: Params): string | null {
  return context.actors?.[stringParam(params, 'record')] ?? null;
}

function actorSet(context: MechanismContext, params: Params): readonly string[] {
  return context.actorSets?.[stringParam(params, 'set')] ?? [];
}

function withActorSet(context: MechanismContext, params: Params, roles: string[]) {
  return { actorSets: { ...context.actorSets, [stringParam(params, 'set')]: roles } };
}

/**
 * Delays, in scenario time. Each is started as a deadline when its state is entered and cancelled when the
 * state is left; the engine logs `timer.fired` when it passes (never an XState `after`).
 */
export const DELAYS = {
  /**
   * Decision 1313/2013/EU Art. 15(1) and 16(1), as amended by Decision (EU) 2019/420 (in force 21 March 2019):
   * a request for assistance lapses after 90 days unless renewed. The 2013 text set no limit, so the timer is
   * dated in the UCPM document.
   */
  ucpmRequestLapse: '90d',
  /** NIS2 Art. 23(4)(a): early warning within 24 hours of becoming aware of a significant incident. */
  nis2EarlyWarning: '24h',
  /** NIS2 Art. 23(4)(b): incident notification within 72 hours of becoming aware. */
  nis2IncidentNotification: '72h',
  /** NIS2 Art. 23(4)(d): final report no later than one month after the incident notification. */
  nis2FinalReport: '30d',
  /** IPCR ISAA report cadence: not published; a daily cycle is the modelling assumption (configurable). */
  isaaCycle: '24h',
  /** IPCR roundtable cadence in full activation: not published; modelling assumption of two days. */
  roundtableCycle: '48h',
  /** Rapid Alert System: alerts are meant for swift reaction; a 24 h response expectation is assumed. */
  rapidAlertResponse: '24h',
  /** HSC consultation follow-up: Decision 1082/2013 gives no hours; a 48 h follow-up is assumed. */
  hscFollowUp: '48h',
  /** FDI screening Art. 6: other Member States and the Commission comment within 35 calendar days. */
  fdiCommentPeriod: '35d',
  /** FDI screening Art. 6(7): a Commission opinion within 35 days of the information (extendable). */
  fdiOpinionPeriod: '35d',
  /** A standard one-week follow-up used where a body reviews its own measures weekly (modelling assumption). */
  weeklyReview: '7d',
  /** CFSP restrictive measures are reviewed at least every 12 months. */
  sanctionsReview: '365d',
} as const satisfies Record<string, string>;

export type DelayName = keyof typeof DELAYS;

/** Scenario-time milliseconds of each named delay. */
export const DELAY_MS: Readonly<Record<DelayName, number>> = Object.fromEntries(
  Object.entries(DELAYS).map(([name, duration]) => [name, durationToMs(duration)]),
) as Record<DelayName, number>;

export const mechanismSetup = setup({
  types: {
    context: {} as MechanismContext,
    events: {} as MechanismEvent,
    input: {} as { instance?: string | null } | undefined,
  },
  actions: {
    /** Raise a named flag (e.g. `presidencyConsulted`). */
    setFlag: assign(({ context }, params: Params) => ({
      flags: { ...context.flags, [stringParam(params, 'flag')]: true },
    })),
    /** Lower a named flag. */
    clearFlag: assign(({ context }, params: Params) => ({
      flags: { ...context.flags, [stringParam(params, 'flag')]: false },
    })),
    /** Add one to a named counter (offers received, vetoes cast, partners joined …). */
    increment: assign(({ context }, params: Params) => {
      const counter = stringParam(params, 'counter');
      return { counters: { ...context.counters, [counter]: (context.counters[counter] ?? 0) + 1 } };
    }),
    /** Set a named counter back to zero. */
    resetCounter: assign(({ context }, params: Params) => ({
      counters: { ...context.counters, [stringParam(params, 'counter')]: 0 },
    })),
    /** Remember the acting role under a name (`invoker`, `requester`): guards compare later actors with it. */
    recordActor: assign(({ context, event }, params: Params) => ({
      actors: { ...context.actors, [stringParam(params, 'record')]: event.actor?.role ?? null },
    })),
    /** Forget a named record (the case is over; the next one records afresh). */
    forgetActor: assign(({ context }, params: Params) => ({
      actors: { ...context.actors, [stringParam(params, 'record')]: null },
    })),
    /** Add the acting role to a named set (an objection, a veto, a partner joining); once per role. */
    addActor: assign(({ context, event }, params: Params) => {
      const roles = actorSet(context, params);
      const role = event.actor?.role;
      return withActorSet(context, params, role && !roles.includes(role) ? [...roles, role] : [...roles]);
    }),
    /** Take the acting role out of a named set: a role lifts only its own objection. */
    removeActor: assign(({ context, event }, params: Params) =>
      withActorSet(
        context,
        params,
        actorSet(context, params).filter((role) => role !== event.actor?.role),
      ),
    ),
    /** Empty a named set (a new procedure starts with no objection standing). */
    clearActors: assign(({ context }, params: Params) => withActorSet(context, params, [])),
  },
  guards: {
    flagSet: ({ context }, params: Params) => context.flags[stringParam(params, 'flag')] === true,
    flagNotSet: ({ context }, params: Params) => context.flags[stringParam(params, 'flag')] !== true,
    counterAtLeast: ({ context }, params: Params) =>
      (context.counters[stringParam(params, 'counter')] ?? 0) >= Number(params?.value ?? 0),
    counterIsZero: ({ context }, params: Params) =>
      (context.counters[stringParam(params, 'counter')] ?? 0) === 0,
    /** The decision's field has this value (`capacitiesOverwhelmed: true`, `mode: full`). */
    fieldEquals: ({ event }, params: Params) =>
      event.payload?.[stringParam(params, 'field')] === params?.value,
    /** The decision's field does not have this value (an Art. 222 invocation not declared out of scope). */
    fieldNotEquals: ({ event }, params: Params) =>
      event.payload?.[stringParam(params, 'field')] !== params?.value,
    /** The decision's field does not name the role the record holds (the invoker does not ask itself). */
    fieldIsNotActor: ({ context, event }, params: Params) => {
      const recorded = recordedActor(context, params);
      return recorded === null || event.payload?.[stringParam(params, 'field')] !== recorded;
    },
    /** The decision was taken by a role in this group (`member-state`, `nato-ally`). */
    actorInGroup: ({ event }, params: Params) =>
      event.actor?.groups.includes(stringParam(params, 'group')) === true,
    /** The decision was taken by a role not in this group (a non-EU Ally, not a Member State). */
    actorNotInGroup: ({ event }, params: Params) =>
      event.actor !== undefined && !event.actor.groups.includes(stringParam(params, 'group')),
    /** The acting role is the one the named record holds (only the requester accepts the offers). */
    actorIs: ({ context, event }, params: Params) =>
      event.actor !== undefined && recordedActor(context, params) === event.actor.role,
    /** The acting role is not the one the named record holds (nobody offers to their own request). */
    actorIsNot: ({ context, event }, params: Params) =>
      event.actor !== undefined && recordedActor(context, params) !== event.actor.role,
    /** The acting role is in the named set (a state lifts only an objection it raised). */
    actorIn: ({ context, event }, params: Params) =>
      event.actor !== undefined && actorSet(context, params).includes(event.actor.role),
    /** The acting role is not in the named set yet (an objection is raised once per state). */
    actorNotIn: ({ context, event }, params: Params) =>
      event.actor !== undefined && !actorSet(context, params).includes(event.actor.role),
    /** Nobody is in the named set: consensus or unanimity holds when no member objects. */
    noActors: ({ context }, params: Params) => actorSet(context, params).length === 0,
  },
  delays: DELAY_MS,
});

/** The parameters each registry implementation requires, for the loader's name check. */
export const REQUIRED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  setFlag: ['flag'],
  clearFlag: ['flag'],
  increment: ['counter'],
  resetCounter: ['counter'],
  flagSet: ['flag'],
  flagNotSet: ['flag'],
  counterAtLeast: ['counter', 'value'],
  counterIsZero: ['counter'],
  fieldEquals: ['field', 'value'],
  fieldNotEquals: ['field', 'value'],
  fieldIsNotActor: ['field', 'record'],
  actorInGroup: ['group'],
  actorNotInGroup: ['group'],
  recordActor: ['record'],
  forgetActor: ['record'],
  addActor: ['set'],
  removeActor: ['set'],
  clearActors: ['set'],
  actorIs: ['record'],
  actorIsNot: ['record'],
  actorIn: ['set'],
  actorNotIn: ['set'],
  noActors: ['set'],
  stateIn: ['state'],
};

// The names come from the registry itself, so the loader's check and the implementations cannot drift apart.
const implementations = mechanismSetup.createMachine({
  id: 'registry-probe',
  context: { flags: {}, counters: {}, instance: null },
}).implementations;
export const ACTION_NAMES: readonly string[] = Object.keys(implementations.actions);
type GuardImplementation = (
  args: { context: MechanismContext; event: MechanismEvent },
  params: Params,
) => boolean;

/** The registry's guards by name, for explaining a refusal one guard at a time (explain-refusal.ts). */
export const GUARD_IMPLEMENTATIONS = implementations.guards as unknown as Readonly<
  Record<string, GuardImplementation>
>;

/**
 * The guards that ask which role acts: a decision they stop is the wrong role's (`not-allowed`), and the
 * automated team asks them which of a step's owners may take it; the others hold or fail alike for every role.
 */
export const ACTOR_GUARDS: ReadonlySet<string> = new Set([
  'actorInGroup',
  'actorNotInGroup',
  'actorIs',
  'actorIsNot',
  'actorIn',
  'actorNotIn',
]);

/** `stateIn` is XState's own guard (it reads the whole snapshot); build-machine compiles it. */
export const GUARD_NAMES: readonly string[] = [...Object.keys(implementations.guards), 'stateIn'];
export const DELAY_NAMES: readonly string[] = Object.keys(implementations.delays);
