import type { ExerciseEngine } from '../engine/index';
import type { AutomatedPlayers, SendCommand } from '../live/index';
import { AGENT_POLICIES, type AgentPolicy } from '../events/index';
import type { AgentDirector } from './agent-director';
import { agentIssuers, directorFor } from './engine-director';

/**
 * The roles the controller set to "auto" in a live exercise (`state.autoPlay`, changed by `role/auto-play`),
 * played by one agent director per policy as the clock runs. Each director sees the whole log, so a role
 * switched to auto mid-exercise still answers what is already waiting for it.
 */
export class LiveAgents implements AutomatedPlayers {
  private readonly directors = new Map<AgentPolicy, { director: AgentDirector; roles: string }>();
  private readonly stop: () => void;
  private busy = false;

  constructor(
    private readonly engine: ExerciseEngine,
    private readonly seed: number,
  ) {
    this.stop = engine.subscribe((events) => {
      const rebuilt = this.refresh();
      for (const [policy, { director }] of this.directors) if (!rebuilt.has(policy)) director.observe(events);
    });
    this.refresh();
  }

  /** Send what is due now, each command through `send`. Re-entrant calls while one is running do nothing. */
  async act(send: SendCommand): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const { director } of this.directors.values()) {
        for (const { action, command } of director.due(this.engine.state.lastScenarioMs)) {
          const reply = await send(command);
          director.onReply(action, reply, this.engine.state.lastScenarioMs);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** The earliest scenario time an auto role means to act, so a clock at maximum speed can stop there. */
  nextWakeMs(): number | null {
    const wakes = [...this.directors.values()]
      .map(({ director }) => director.nextWakeMs())
      .filter((time): time is number => time !== null);
    return wakes.length > 0 ? Math.min(...wakes) : null;
  }

  dispose(): void {
    this.stop();
  }

  /** Rebuild a policy's director when the set of roles it plays changes; returns the policies rebuilt. */
  private refresh(): Set<AgentPolicy> {
    const rebuilt = new Set<AgentPolicy>();
    const { autoPlay } = this.engine.state;
    const issuers = agentIssuers(this.engine.roles);
    if (!issuers) return rebuilt;
    for (const policy of AGENT_POLICIES) {
      const played = Object.keys(autoPlay)
        .filter((role) => autoPlay[role] === policy)
        .sort();
      const key = played.join(',');
      if ((this.directors.get(policy)?.roles ?? '') === key) continue;
      if (played.length === 0) {
        this.directors.delete(policy);
        continue;
      }
      const director = directorFor(this.engine, issuers, { policy, seed: this.seed, roles: new Set(played) });
      director.observe(this.engine.events);
      this.directors.set(policy, { director, roles: key });
      rebuilt.add(policy);
    }
    return rebuilt;
  }
}
