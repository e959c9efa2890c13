import { leafPaths, type ExerciseEngine } from '../../../core/index';
import { labelState, type StateLabel } from './state-paths';

/** The machine that follows the Playbook's phases; it decides nothing, the mechanisms route into it. */
export const PHASE_MACHINE = 'playbook-phases';

export interface CaseRow {
  actorKey: string;
  instance: string | null;
  /** The scenario's title for a case ("Arland's request"), or null. */
  caseTitle: string | null;
  states: StateLabel[];
}

export interface MechanismRow {
  machine: string;
  title: string;
  marking: string;
  /** What one case is keyed by ("requesting Member State"), for mechanisms that run several. */
  caseLabel: string | null;
  cases: CaseRow[];
}

/** Every mechanism in force, with each of its running cases and their current states. */
export function mechanismRows(engine: ExerciseEngine): MechanismRow[] {
  const { playbook, scenario } = engine.content;
  const actors = Object.entries(engine.state.actors);
  return playbook
    .mechanismsInForce(engine.state.date)
    .filter((document) => document.id !== PHASE_MACHINE)
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
          states: leafPaths(engine.activePaths(document.id, actor.instance)).map((path) =>
            labelState(document, path),
          ),
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
export function playbookPhase(engine: ExerciseEngine): { actorKey: string; states: StateLabel[] } | null {
  const document = engine.content.playbook.mechanisms.get(PHASE_MACHINE);
  const inForce = engine.content.playbook
    .mechanismsInForce(engine.state.date)
    .some((candidate) => candidate.id === PHASE_MACHINE);
  if (!document || !inForce) return null;
  return {
    actorKey: PHASE_MACHINE,
    states: leafPaths(engine.activePaths(PHASE_MACHINE, null)).map((path) => labelState(document, path)),
  };
}
