import { durationToMs } from '../documents/index';
import type { CommandInput, CommandType, ExerciseEngine } from '../engine/index';
import { LiveLoop, ManualTicker } from '../live/index';
import type { CommandReply } from '../ports/index';
import { metricsOf, type ExerciseMetrics } from '../metrics/index';
import { ExerciseReadModels } from '../read-models/index';
import type { AgentPolicy } from '../events/index';
import { agentIssuers } from './engine-director';
import { playerRoles, PolicyPlayers } from './policy-players';

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

/** Pulses at most this many times: a run that never reaches its end fails rather than spins. */
const MAX_PULSES = 200_000;

/**
 * Play a whole scenario headless at maximum speed, through the live loop a console's exercise runs on:
 * every player role is automated by the policy, the loop jumps the clock from one thing that happens to
 * the next, and the exercise ends at the end of its span. The wall clock is simulated (each reading is one
 * step later: every command takes a step) and the runner pulses the loop itself, so nothing sleeps.
 */
export async function runExercise(engine: ExerciseEngine, options: RunOptions): Promise<RunSummary> {
  const issuers = agentIssuers(engine.roles);
  if (!issuers) throw new Error('the scenario has no control role (such as excon) to run the exercise');
  const { policy, seed } = options;
  const players = new PolicyPlayers(engine, { policy, seed, roles: playerRoles(engine) });

  let wallMs = options.wallStartMs;
  const step = options.wallStepMs ?? 1000;
  const now = () => (wallMs += step);
  let commands = 0;
  const control = {
    issuedBy: { role: issuers.controlRole, station: 'cli' },
    newCommandId: () => `run-${policy}-${seed}-${++commands}`,
  };
  const excon = <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> =>
    engine.execute({ commandId: control.newCommandId(), type, issuedBy: control.issuedBy, payload }, now());

  const ticker = new ManualTicker();
  const failures: unknown[] = [];
  const loop = new LiveLoop({
    engine,
    now,
    ticker: ticker.start,
    players,
    control,
    onError: failures.push.bind(failures),
  });
  if (engine.state.clock.status === 'ready') await excon('exercise/start', {});
  if (engine.state.clock.speed !== 'max') await excon('exercise/speed', { speed: 'max' });
  const endMs = durationToMs(engine.content.scenario.span);
  loop.start();
  try {
    for (let pulses = 0; pulses < MAX_PULSES; pulses++) {
      const next = loop.nextMomentMs();
      if (next === null || next > endMs) break;
      await ticker.pulse();
      if (failures.length > 0) throw failures[0];
    }
  } finally {
    loop.stop();
  }
  if (engine.state.lastScenarioMs < endMs) await excon('exercise/jump-to', { scenarioMs: endMs });
  await excon('exercise/end', {});
  return summarise(engine, options, players.decisionsRefused);
}

function summarise(engine: ExerciseEngine, options: RunOptions, decisionsRefused: number): RunSummary {
  const models = ExerciseReadModels.of(engine.events, engine.content);
  return { policy: options.policy, seed: options.seed, decisionsRefused, models, metrics: metricsOf(models) };
}
