import { isInForce } from '../documents/index';
import type { RoleDefinition } from '../playbook/index';
import type { EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import { exerciseRoles, type EngineRole } from './roles';

/**
 * What a station words things with, sent by the host once per hello: the exercise's own roles, markings and
 * mechanism names, so a station shows titles (not ids) whatever scenario the exercise runs, including one
 * imported from a spreadsheet that no library holds. Stations never read a playbook or scenario themselves.
 */
export interface StationRoster {
  exerciseId: string;
  /** The role this roster is for. */
  role: string;
  /** Every role in play, in the scenario's order: playbook roles first, then its local roles. */
  roles: RosterRole[];
  /** Whom this role may write to (ids from `roles`): empty for a role that does not send messages. */
  recipients: string[];
  /**
   * The markings this role may see, in the playbook's order: labels, and the choices for its messages, with
   * the clearance tags each is releasable to, so a sender sees whom a marking will keep its message from
   * (absent from a roster a station stored before it was sent; the next hello brings it).
   */
  markings: { id: string; title: string; releasableTo?: string[] }[];
  /** The mechanisms this role may see, with the titles of their decisions. */
  mechanisms: RosterMechanism[];
}

export interface RosterRole {
  id: string;
  title: string;
  /** The organisation's name (a playbook role's organisation id resolved; a local role's as written). */
  organisation: string;
  side: RoleDefinition['side'];
  clearance: string[];
  audience: EngineRole['audience'];
  /** A scenario's local role (a sender or receiver the scenario names), not one of the playbook's. */
  local: boolean;
  /** Played by a control role (SimCell, the white cell) rather than at a station. */
  simulated: boolean;
}

export interface RosterMechanism {
  id: string;
  title: string;
  /** The label of a multi-case mechanism's case key (`requesting Member State`); null for a single one. */
  caseLabel: string | null;
  /** The decisions of the mechanism in force on the exercise's date, by event name. */
  decisions: { event: string; title: string }[];
}

const seesEverything = (role: EngineRole) => role.audience === 'control' || role.audience === 'evaluation';

/**
 * The roster of one role, following the visibility rules of docs/event-log.md: a player or observer gets
 * the markings and mechanisms its clearance allows; control and evaluation get all of them. Roles are the
 * exercise's cast, which every station may name (injects come from SimCell too); the roster carries no
 * control material (no descriptions, no expected actions, no injects).
 */
export function stationRoster(content: LoadedContent, state: EngineState, roleId: string): StationRoster {
  const { playbook, scenario } = content;
  const cast = exerciseRoles(playbook, scenario);
  const self = cast.get(roleId);
  if (!self) throw new Error(`role ${roleId} is not in this exercise`);
  const organisations = new Map(
    playbook.organisations.map((organisation) => [organisation.id, organisation]),
  );
  const locals = new Map(scenario.roles.local.map((local) => [local.id, local]));
  const roles: RosterRole[] = [...cast.values()].map((role) => {
    const local = locals.get(role.id);
    const definition = playbook.role(role.id);
    return {
      id: role.id,
      title: role.title,
      organisation: local
        ? local.organisation
        : (organisations.get(definition?.organisation ?? '')?.name ?? definition?.organisation ?? ''),
      side: local?.side ?? definition?.side ?? 'external',
      clearance: [...role.clearance],
      audience: role.audience,
      local: role.local,
      simulated: local?.simulatedBy !== undefined,
    };
  });
  const everything = seesEverything(self);
  const markings = playbook.markings
    .filter((marking) => everything || playbook.canSee(self, marking.id))
    .map((marking) => ({ id: marking.id, title: marking.title, releasableTo: [...marking.releasableTo] }));
  const mechanisms = playbook
    .mechanismsInForce(state.date)
    .filter((document) => everything || playbook.canSee(self, document.marking))
    .map((document) => ({
      id: document.id,
      title: document.title,
      caseLabel: document.instanceKey?.label ?? null,
      decisions: Object.entries(document.events)
        .filter(([, event]) => event.origin === 'decision' && isInForce(event.inForce, state.date))
        .map(([event, declared]) => ({ event, title: declared.title })),
    }));
  return {
    exerciseId: state.exerciseId,
    role: roleId,
    roles,
    recipients: recipientsOf(self, roles),
    markings,
    mechanisms,
  };
}

/**
 * Players write to the other players in play: the playbook's at stations, the scenario's local roles that
 * receive injects (a training audience an MSEL names, played at a station) and the simulated actors players
 * address. A simulated local role is answered for by control, which sends as it from the console; control
 * roles send as another role, evaluators and observers send none.
 */
function recipientsOf(self: EngineRole, roles: readonly RosterRole[]): string[] {
  const simulated = roles.find((role) => role.id === self.id)?.simulated ?? false;
  if (self.audience !== 'players' || simulated) return [];
  return roles.filter((role) => role.audience === 'players' && role.id !== self.id).map((role) => role.id);
}

/** A role's title in a roster; its id while the station has no roster yet (a first start offline). */
export function rosterTitle(roster: StationRoster | null, role: string): string {
  return roster?.roles.find((entry) => entry.id === role)?.title ?? role;
}
