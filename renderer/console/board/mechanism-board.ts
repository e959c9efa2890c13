import { leafPaths, PHASE_MECHANISM, type ExerciseView, type MechanismContext } from '../../../core/index';
import { labelState, type StateLabel } from '../../components/index';

export interface CaseRow {
  actorKey: string;
  instance: string | null;
  /** The scenario's title for a case ("Arland's request"), or null. */
  caseTitle: string | null;
  states: StateLabel[];
  /** Who acts in the case: the roles its records and sets hold (the invoker, the objectors). */
  who: WhoActs[];
}

/** One named record or set of a case and the role ids it holds now. */
export interface WhoActs {
  name: string;
  roles: string[];
}

/**
 * The records and sets of a case that hold someone, in the document's order: a controller sees who invoked
 * the clause and whose objection still stands, which the state names alone do not say.
 */
export function whoActs(context: Pick<MechanismContext, 'actors' | 'actorSets'>): WhoActs[] {
  const records = Object.entries(context.actors ?? {}).flatMap(([name, role]) =>
    role ? [{ name, roles: [role] }] : [],
  );
  const sets = Object.entries(context.actorSets ?? {}).flatMap(([name, roles]) =>
    roles.length > 0 ? [{ name, roles: [...roles] }] : [],
  );
  return [...records, ...sets];
}

export interface MechanismRow {
  machine: string;
  title: string;
  marking: string;
  /** What one case is keyed by ("requesting Member State"), for mechanisms that run several. */
  caseLabel: string | null;
  cases: CaseRow[];
}

/** What the board's rows read: the documents, the state and the mechanisms' current states. */
type BoardSource = Pick<ExerciseView, 'content' | 'state' | 'activePaths'>;

/** Every mechanism in force, with each of its running cases and their current states. */
export function mechanismRows(view: BoardSource): MechanismRow[] {
  const { playbook, scenario } = view.content;
  const actors = Object.entries(view.state.actors);
  return playbook
    .mechanismsInForce(view.state.date)
    .filter((document) => document.id !== PHASE_MECHANISM)
    .map((document) => {
      const cases = actors
        .filter(([, actor]) => actor.machine === document.id)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([actorKey, actor]) => ({
          actorKey,
          instance: actor.instance,
          caseTitle:
            scenario.cases.find((item) => item.machine === document.id && item.instance === actor.instance)
              ?.title ?? null,
          states: leafPaths(view.activePaths(document.id, actor.instance)).map((path) =>
            labelState(document, path),
          ),
          who: whoActs(actor.context),
        }));
      return {
        machine: document.id,
        title: document.title,
        marking: document.marking,
        caseLabel: document.instanceKey?.label ?? null,
        cases,
      };
    });
}

/** The Playbook's current phase (P0–P5) from the orchestrator machine, or null when the playbook has none. */
export function playbookPhase(view: BoardSource): { actorKey: string; states: StateLabel[] } | null {
  const document = view.content.playbook.mechanisms.get(PHASE_MECHANISM);
  const inForce = view.content.playbook
    .mechanismsInForce(view.state.date)
    .some((candidate) => candidate.id === PHASE_MECHANISM);
  if (!document || !inForce) return null;
  return {
    actorKey: PHASE_MECHANISM,
    states: leafPaths(view.activePaths(PHASE_MECHANISM, null)).map((path) => labelState(document, path)),
  };
}
