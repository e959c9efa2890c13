import type { ExpectedAction, ExpectedActionLog, ExpectedStatus, ScenarioDocument } from '../../core/index';

/** Where an expected action stands: core's one vocabulary, or not released yet (the guide lists it anyway). */
export type ActionStatus = ExpectedStatus | 'not-released';

export interface ActionOutcome {
  status: ActionStatus;
  /** Scenario time the window closes (from `inject.released`); null without a window. */
  deadlineMs: number | null;
  /** The decision that met it, or the evaluator's note when marked. */
  decisionId: string | null;
  note: string | null;
  /** Scenario time of the event that settled it. */
  atMs: number | null;
}

const NOT_RELEASED: ActionOutcome = {
  status: 'not-released',
  deadlineMs: null,
  decisionId: null,
  note: null,
  atMs: null,
};

/** An expected action's outcome as the stream's expected-action log has it (the latest word on it stands). */
export function actionOutcome(
  expected: ExpectedActionLog,
  injectId: string,
  actionId: string,
): ActionOutcome {
  const record = expected.get(injectId, actionId);
  if (!record) return NOT_RELEASED;
  return {
    status: record.status,
    deadlineMs: record.deadlineMs,
    decisionId: record.decisionId,
    note: record.note,
    atMs: record.settled?.scenarioMs ?? null,
  };
}

export interface GuideAction {
  injectId: string;
  injectTitle: string;
  action: ExpectedAction;
  outcome: ActionOutcome;
}

export interface GuideInject {
  injectId: string;
  title: string;
  evaluatorNotes: string | null;
  actions: GuideAction[];
}

export interface GuideObjective {
  /** null gathers the expected actions that name no objective. */
  objective: ScenarioDocument['objectives'][number] | null;
  injects: GuideInject[];
}

/**
 * The exercise evaluation guide: per objective, the injects that serve it with their evaluator notes and
 * expected actions. An action counts for its own objective, or else for its inject's objectives.
 */
export function evaluationGuide(scenario: ScenarioDocument, expected: ExpectedActionLog): GuideObjective[] {
  const byObjective = new Map<string | null, GuideInject[]>();
  for (const inject of scenario.injects) {
    const perObjective = new Map<string | null, GuideAction[]>();
    for (const objectiveId of inject.objectives) perObjective.set(objectiveId, []);
    for (const action of inject.expectedActions) {
      const targets = action.objective
        ? [action.objective]
        : inject.objectives.length > 0
          ? inject.objectives
          : [null];
      const outcome = actionOutcome(expected, inject.id, action.id);
      for (const target of targets) {
        const list = perObjective.get(target) ?? [];
        list.push({ injectId: inject.id, injectTitle: inject.title, action, outcome });
        perObjective.set(target, list);
      }
    }
    if (perObjective.size === 0 && inject.evaluatorNotes) perObjective.set(null, []);
    for (const [objectiveId, actions] of perObjective) {
      if (actions.length === 0 && !inject.evaluatorNotes) continue;
      const list = byObjective.get(objectiveId) ?? [];
      list.push({
        injectId: inject.id,
        title: inject.title,
        evaluatorNotes: inject.evaluatorNotes ?? null,
        actions,
      });
      byObjective.set(objectiveId, list);
    }
  }
  const guide: GuideObjective[] = scenario.objectives.map((objective) => ({
    objective,
    injects: byObjective.get(objective.id) ?? [],
  }));
  const unassigned = byObjective.get(null);
  if (unassigned) guide.push({ objective: null, injects: unassigned });
  return guide;
}
