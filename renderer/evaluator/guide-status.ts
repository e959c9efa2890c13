import type { ExpectedAction, ScenarioDocument, StationEvent } from '../../core/index';

/** Where an expected action stands, from the events that reached the evaluator. */
export type ActionStatus = 'not-released' | 'pending' | 'met' | 'missed' | 'marked-met' | 'marked-unmet';

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

export const outcomeKey = (injectId: string, actionId: string) => `${injectId}/${actionId}`;

/** Fold the stream into each expected action's outcome: the latest word on an action wins. */
export function actionOutcomes(events: readonly StationEvent[]): Map<string, ActionOutcome> {
  const outcomes = new Map<string, ActionOutcome>();
  for (const event of events) {
    const payload = event.payload;
    const injectId = String(payload.injectId ?? '');
    if (event.type === 'inject.released') {
      const deadlines = (payload.deadlines ?? {}) as Record<string, number | null>;
      for (const [actionId, deadlineMs] of Object.entries(deadlines)) {
        outcomes.set(outcomeKey(injectId, actionId), {
          status: 'pending',
          deadlineMs,
          decisionId: null,
          note: null,
          atMs: null,
        });
      }
      continue;
    }
    const settled: Partial<Record<string, ActionStatus>> = {
      'expected-action.met': 'met',
      'expected-action.missed': 'missed',
      'expected-action.marked': payload.met ? 'marked-met' : 'marked-unmet',
    };
    const status = settled[event.type];
    if (!status) continue;
    const key = outcomeKey(injectId, String(payload.actionId ?? ''));
    const previous = outcomes.get(key);
    outcomes.set(key, {
      status,
      deadlineMs: previous?.deadlineMs ?? null,
      decisionId: typeof payload.decisionId === 'string' ? payload.decisionId : null,
      note: typeof payload.note === 'string' ? payload.note : null,
      atMs: event.scenarioMs,
    });
  }
  return outcomes;
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

const NOT_RELEASED: ActionOutcome = {
  status: 'not-released',
  deadlineMs: null,
  decisionId: null,
  note: null,
  atMs: null,
};

/**
 * The exercise evaluation guide: per objective, the injects that serve it with their evaluator notes and
 * expected actions. An action counts for its own objective, or else for its inject's objectives.
 */
export function evaluationGuide(
  scenario: ScenarioDocument,
  outcomes: ReadonlyMap<string, ActionOutcome>,
): GuideObjective[] {
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
      const outcome = outcomes.get(outcomeKey(inject.id, action.id)) ?? NOT_RELEASED;
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
