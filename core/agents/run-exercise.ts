import { durationToMs } from '../documents/index';
import type { CommandInput, CommandType, ExerciseEngine } from '../engine/index';
import type { CommandReply, ExerciseCommand } from '../ports/index';
import { metricsOf, type ExerciseMetrics } from '../metrics/index';
import { ExerciseReadModels } from '../read-models/index';
import { AgentDirector, type AgentPolicy } from './agent-director';

export interface RunOptions {
  policy: AgentPolicy;
  seed: number;
  /** Simulated wall clock: start, and how far it moves per command (nothing sleeps). */
  wallStartMs: number;
  wallStepMs?: number;
}

/** How a headless run went: the agents' own count of refusals, and the read models of the log it wrote. */
export interface RunSummary {
  policy: AgentPolicy;
  seed: number;
  /** Decisions the agents tried that the engine refused (nothing of a refusal is logged). */
  decisionsRefused: number;
  /** The run's log folded once: the summary's figures, metrics.json and summary.md all come from it. */
  models: ExerciseReadModels;
  metrics: ExerciseMetrics;
}

/**
 * Play a whole scenario headless at maximum speed: every player role is automated by the policy, EXCON
 * jumps the clock from one thing that happens to the next, and the exercise ends at the end of the span.
 */
export async function runExercise(engine: ExerciseEngine, options: RunOptions): Promise<RunSummary> {
  const { scenario, playbook } = engine.content;
  const roles = [...engine.roles.values()];
  const control =
    roles.find((role) => role.id === 'excon') ?? roles.find((role) => role.audience === 'control');
  if (!control) throw new Error('the scenario has no control role (such as excon) to run the exercise');
  const marker = roles.find((role) => role.audience === 'evaluation') ?? control;
  const played = new Set(
    roles.filter((role) => role.audience === 'players' && !role.local).map((role) => role.id),
  );
  const director = new AgentDirector({
    policy: options.policy,
    seed: options.seed,
    playbook,
    scenario,
    roles: played,
    controlRole: control.id,
    markerRole: marker.id,
    openDecisions: (role) => engine.openDecisions(role),
    activePaths: (machine, instance) => engine.activePaths(machine, instance),
    date: engine.state.date,
  });
  engine.subscribe((events) => director.observe(events));

  let wallMs = options.wallStartMs;
  const step = options.wallStepMs ?? 1000;
  let commands = 0;
  let refused = 0;
  const excon = async <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> => {
    wallMs += step;
    commands += 1;
    const command: ExerciseCommand = {
      commandId: `run-${options.policy}-${options.seed}-${commands}`,
      type,
      issuedBy: { role: control.id, station: 'cli' },
      payload,
    };
    return engine.execute(command, wallMs);
  };

  if (engine.state.clock.status === 'ready') await excon('exercise/start', {});
  if (engine.state.clock.speed !== 'max') await excon('exercise/speed', { speed: 'max' });
  const endMs = durationToMs(scenario.span);
  for (let guard = 0; guard < 200_000; guard++) {
    const now = engine.state.lastScenarioMs;
    const candidates = [engine.nextDeadlineMs(), director.nextWakeMs()].filter(
      (time): time is number => time !== null,
    );
    const next = candidates.length > 0 ? Math.min(...candidates) : null;
    if (next === null || next > endMs) break;
    if (next > now) {
      const jumped = await excon('exercise/jump-to', { scenarioMs: next });
      // A refused jump would leave the loop where it was: fail loudly instead of spinning.
      if (!jumped.ok) throw new Error(`the run could not move the clock: ${jumped.reason}`);
    }
    for (const { action, command } of director.due(engine.state.lastScenarioMs)) {
      wallMs += step;
      const reply = await engine.execute(command, wallMs);
      if (!reply.ok && command.type === 'decision/take') refused += 1;
      director.onReply(action, reply, engine.state.lastScenarioMs);
    }
  }
  if (engine.state.lastScenarioMs < endMs) await excon('exercise/jump-to', { scenarioMs: endMs });
  await excon('exercise/end', {});
  return summarise(engine, options, refused);
}

function summarise(engine: ExerciseEngine, options: RunOptions, decisionsRefused: number): RunSummary {
  const models = ExerciseReadModels.of(engine.events, engine.content);
  return { policy: options.policy, seed: options.seed, decisionsRefused, models, metrics: metricsOf(models) };
}
