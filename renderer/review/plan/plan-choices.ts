import { exerciseRoles, type ExerciseReadModels, type RecordedObservation } from '../../../core/index';
import type { EventWords } from '../../components/index';

/** A suggestion for an action's owner: a role of the exercise by its title, or an organisation by its name. */
export interface OwnerOption {
  value: string;
  kind: 'role' | 'organisation';
}

/** How the plan's references read: owners, objectives and observations in words, never as bare ids. */
export interface PlanWords {
  /** An owner as recorded: a role id reads as the role's title; an organisation was recorded in words. */
  owner(owner: string): string;
  objective(objectiveId: string): string;
  /** An observation's text as the evaluation log has it now (after its amendments); its id if unknown. */
  observation(observationId: string): string;
  role(roleId: string): string;
}

/** What the plan's forms offer, and how the panel names what the plan records. */
export interface PlanChoices {
  objectives: readonly { id: string; title: string }[];
  owners: readonly OwnerOption[];
  /** Every recorded observation, in the order recorded. */
  observations: readonly RecordedObservation[];
  /**
   * What the plan records for an owner typed or picked: the role's id when the text is a role of the
   * exercise (by title, in any case, or by id), so the report can name the role; otherwise the text itself,
   * an organisation in words.
   */
  ownerValue(text: string): string;
  words: PlanWords;
}

/** Audiences whose roles can own a corrective action: the players' and control's (a scenario fix, say). */
const OWNING_AUDIENCES = new Set(['players', 'control']);

export function planChoices(models: ExerciseReadModels, words: EventWords): PlanChoices {
  const { playbook, scenario } = models.content;
  const roles = [...exerciseRoles(playbook, scenario).values()].filter((role) =>
    OWNING_AUDIENCES.has(role.audience),
  );
  const roleTitles = new Set(roles.map((role) => role.title));
  const organisations = new Set(
    roles
      .map((role) => models.parties.nameOf(models.parties.organisationOf(role.id)))
      // A local role often is its own organisation ("Evening Courier"): the role already offers the name.
      .filter((name) => !roleTitles.has(name)),
  );
  const byTitle = new Map(roles.map((role) => [role.title.toLocaleLowerCase(), role.id]));
  const roleIds = new Set(roles.map((role) => role.id));
  const observations = models.evaluation.observations();
  const texts = new Map(observations.map((observation) => [observation.observationId, observation]));

  return {
    objectives: scenario.objectives.map((objective) => ({ id: objective.id, title: objective.title })),
    owners: [
      ...roles.map((role): OwnerOption => ({ value: role.title, kind: 'role' })),
      ...[...organisations].map((name): OwnerOption => ({ value: name, kind: 'organisation' })),
    ],
    observations,
    ownerValue(text) {
      const trimmed = text.trim();
      if (roleIds.has(trimmed)) return trimmed;
      return byTitle.get(trimmed.toLocaleLowerCase()) ?? trimmed;
    },
    words: {
      owner: (owner) => words.role(owner),
      objective: (objectiveId) => words.objective(objectiveId),
      observation: (observationId) => texts.get(observationId)?.current.body ?? observationId,
      role: (roleId) => words.role(roleId),
    },
  };
}

/**
 * The observations to offer for an action on an objective: those recorded against it first, then the rest,
 * each group in the order recorded, since an action usually answers what was seen of its own objective.
 */
export function observationsFirstFor(
  observations: readonly RecordedObservation[],
  objectiveId: string | null,
): RecordedObservation[] {
  if (!objectiveId) return [...observations];
  const onObjective = observations.filter((observation) => observation.objectiveId === objectiveId);
  const others = observations.filter((observation) => observation.objectiveId !== objectiveId);
  return [...onObjective, ...others];
}
