import type { ExerciseEngine } from '../engine/index';
import type { AutomatedPlayers, SendCommand } from '../live/index';
import type { AgentPolicy } from '../events/index';
import type { AgentDirector } from './agent-director';
import { agentIssuers, directorFor } from './engine-director';

/**
 * A fixed set of roles played by one policy for the whole exercise: a headless run's players. The director
 * learns from everything the engine logs, from what is already in the log on.
 */
export class PolicyPlayers implements AutomatedPlayers {
  private readonly director: AgentDirector;
  private readonly stop: () => void;
  /** Decisions the players tried that the engine refused (nothing of a refusal is logged). */
  decisionsRefused = 0;

  constructor(
    private readonly engine: ExerciseEngine,
    plays: { policy: AgentPolicy; seed: number; roles: ReadonlySet<string> },
  ) {
    const issuers = agentIssuers(engine.roles);
    if (!issuers) throw new Error('the scenario has no control role (such as excon) to run the exercise');
    this.director = directorFor(engine, issuers, plays);
    this.director.observe(engine.events);
    this.stop = engine.subscribe((events) => this.director.observe(events));
  }

  nextWakeMs(): number | null {
    return this.director.nextWakeMs();
  }

  async act(send: SendCommand): Promise<void> {
    for (const { action, command } of this.director.due(this.engine.state.lastScenarioMs)) {
      const reply = await send(command);
      if (!reply.ok && command.type === 'decision/take') this.decisionsRefused += 1;
      this.director.onReply(action, reply, this.engine.state.lastScenarioMs);
    }
  }

  dispose(): void {
    this.stop();
  }
}

/** The roles a headless run automates: every playbook role of the players' audience. */
export function playerRoles(engine: ExerciseEngine): Set<string> {
  return new Set(
    [...engine.roles.values()]
      .filter((role) => role.audience === 'players' && !role.local)
      .map((role) => role.id),
  );
}
