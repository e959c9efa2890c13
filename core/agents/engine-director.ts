import { actorKey, type EngineRole, type ExerciseEngine } from '../engine/index';
import type { AgentPolicy } from '../events/index';
import { AgentDirector } from './agent-director';

/**
 * The roles agents issue their commands through: control (EXCON, else any control role), and who marks
 * free-text expected actions met (an evaluator, else control). Null when the exercise has no control role.
 */
export function agentIssuers(
  roles: ReadonlyMap<string, EngineRole>,
): { controlRole: string; markerRole: string } | null {
  const all = [...roles.values()];
  const control = all.find((role) => role.id === 'excon') ?? all.find((role) => role.audience === 'control');
  if (!control) return null;
  const marker = all.find((role) => role.audience === 'evaluation') ?? control;
  return { controlRole: control.id, markerRole: marker.id };
}

/** A director for some of an engine's roles, reading their open decisions and the machines from it. */
export function directorFor(
  engine: ExerciseEngine,
  issuers: { controlRole: string; markerRole: string },
  plays: { policy: AgentPolicy; seed: number; roles: ReadonlySet<string> },
): AgentDirector {
  const { scenario, playbook } = engine.content;
  return new AgentDirector({
    ...plays,
    playbook,
    scenario,
    ...issuers,
    openDecisions: (role) => engine.openDecisions(role),
    activePaths: (machine, instance) => engine.activePaths(machine, instance),
    contextOf: (machine, instance) => engine.state.actors[actorKey(machine, instance)]?.context ?? null,
    date: engine.state.date,
  });
}
