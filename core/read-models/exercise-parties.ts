import type { LoadedContent } from '../engine/index';

/** The two sides whose exchanges the EU↔NATO figures count (roles.yaml `side`). */
export const EU_SIDE = 'eu';
export const NATO_SIDE = 'nato';

/**
 * Who a role is in the exercise: its organisation and side (the playbook's roles, or the scenario's local
 * roles, whose organisation is a name of its own), and whether a marking may cross between the EU and NATO
 * sides. One resolver for every read model, so the console, the evaluator and the metrics agree.
 */
/** One side is the EU and the other NATO. */
export const crossesEuNatoLine = (fromSide: string, toSide: string) =>
  (fromSide === EU_SIDE && toSide === NATO_SIDE) || (fromSide === NATO_SIDE && toSide === EU_SIDE);

export interface ExerciseParties {
  organisationOf(role: string): string;
  sideOf(role: string): string;
  /** A playbook organisation's name; a local role's organisation is already a name. */
  nameOf(organisation: string): string;
  /**
   * A participant: a role of the players' audience that people play — a playbook role, or a local role with no
   * `simulatedBy` (an imported MSEL's recipients, the training audience). A local role control simulates, and
   * control and evaluation roles, do not count.
   */
  isParticipant(role: string): boolean;
  /**
   * Played in this exercise: a playbook role the scenario plays, or one of its local roles. A decision of a
   * role not in play was taken by control for a body the scenario leaves out (the white cell as the NAC).
   */
  isInPlay(role: string): boolean;
  /** One side is the EU and the other NATO. */
  crossesEuNato(fromRole: string, toRole: string): boolean;
  /**
   * May material of this marking cross the EU–NATO line? Only when it is public or releasable to a
   * clearance held on the EU side and to one held on the NATO side: a product either side could not hold
   * cannot be shared between them.
   */
  markingCrossesEuNato(marking: string): boolean;
}

export function exerciseParties(content: LoadedContent): ExerciseParties {
  const { playbook, scenario } = content;
  const local = new Map(scenario.roles.local.map((role) => [role.id, role]));
  const inPlay = new Set([...scenario.roles.play, ...local.keys()]);
  const names = new Map(playbook.organisations.map((item) => [item.id, item.name]));
  const sideOf = (role: string): string => playbook.role(role)?.side ?? local.get(role)?.side ?? 'external';
  const clearancesOf = (side: string) =>
    new Set(playbook.roles.filter((role) => role.side === side).flatMap((role) => role.clearance));
  const euClearances = clearancesOf(EU_SIDE);
  const natoClearances = clearancesOf(NATO_SIDE);
  return {
    organisationOf: (role) => playbook.role(role)?.organisation ?? local.get(role)?.organisation ?? role,
    sideOf,
    nameOf: (organisation) => names.get(organisation) ?? organisation,
    isParticipant: (role) => {
      const localRole = local.get(role);
      if (localRole) return localRole.audience === 'players' && localRole.simulatedBy === undefined;
      return playbook.role(role)?.audience === 'players';
    },
    isInPlay: (role) => inPlay.has(role),
    crossesEuNato: (fromRole, toRole) => crossesEuNatoLine(sideOf(fromRole), sideOf(toRole)),
    markingCrossesEuNato(markingId) {
      const marking = playbook.marking(markingId);
      if (!marking) return false;
      if (marking.releasableTo.length === 0) return true;
      return (
        marking.releasableTo.some((tag) => euClearances.has(tag)) &&
        marking.releasableTo.some((tag) => natoClearances.has(tag))
      );
    },
  };
}
