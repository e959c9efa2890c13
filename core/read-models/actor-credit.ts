import type { Playbook } from '../playbook/index';
import type { ActorRef } from '../ports/index';

/**
 * Who is credited for an event, the one answer the board, the evaluator's stream and its filters, the metrics
 * and the summary share (issue 18 §1: an automated role is never credited to exercise control).
 *
 * It is read from the actor the engine recorded, not from the role plays: an automated agent sends its
 * commands from the station `agent:<policy>` (core/agents/agent-director.ts, since the first version of the
 * log), a name no station may take (core/stations/station-protocol.ts), so the mark is exact for every journal
 * ever written. The role plays (`autoPlay`) would not be: control may act by hand for a role set to auto, and
 * the headless runner records none.
 */
export type CreditKind = 'person' | 'control' | 'automated' | 'engine';

export interface ActorCredit {
  /**
   * person: someone at a station in the role's own name (a player, an evaluator, an observer);
   * control: a control role, in its own name or acting by hand as `role` (`through` then names it);
   * automated: an automated agent with `policy`, playing `role` (or marking as an evaluator);
   * engine: nobody — a timer, a route, a schedule.
   */
  kind: CreditKind;
  /** The role the act counts for: the role played when someone acted as it; null for the engine. */
  role: string | null;
  /** The role that sent the command when it differs from `role`: the control role behind `actingAs`. */
  through: string | null;
  /** The automated agent's policy (doctrine, late, random); null unless automated. */
  policy: string | null;
}

/** The station automated agents send from, with their policy: `agent:doctrine`. */
export const AGENT_STATION_PREFIX = 'agent:';

export function agentStation(policy: string): string {
  return `${AGENT_STATION_PREFIX}${policy}`;
}

/** True when a station name is one only automated agents use. */
export function isAgentStation(station: string | null): boolean {
  return station !== null && station.startsWith(AGENT_STATION_PREFIX);
}

/**
 * The credit for an actor. `isControl` says whether a role is a control role (its audience), so that EXCON
 * releasing an inject in its own name is control, not a person playing.
 */
export function creditOf(actor: ActorRef | null, isControl: (role: string) => boolean): ActorCredit {
  if (!actor) return { kind: 'engine', role: null, through: null, policy: null };
  const through = actor.actingAs ? actor.role : null;
  const role = actor.actingAs ?? actor.role;
  if (isAgentStation(actor.station)) {
    return {
      kind: 'automated',
      role,
      through,
      policy: (actor.station ?? '').slice(AGENT_STATION_PREFIX.length),
    };
  }
  if (actor.actingAs || isControl(actor.role)) return { kind: 'control', role, through, policy: null };
  return { kind: 'person', role, through: null, policy: null };
}

/** The credit for an actor of an exercise on this playbook: control roles are the playbook's control audience. */
export function creditIn(playbook: Pick<Playbook, 'role'>, actor: ActorRef | null): ActorCredit {
  return creditOf(actor, (role) => playbook.role(role)?.audience === 'control');
}
