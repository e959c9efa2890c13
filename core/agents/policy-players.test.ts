import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import type { CommandReply, ExerciseCommand } from '../ports/index';
import { playerRoles, PolicyPlayers } from './policy-players';

describe('a fixed set of roles played by one policy', () => {
  it('plays every player role of the exercise, and counts the decisions the engine refused', async () => {
    const harness = await Harness.create();
    // The mini scenario's playbook roles in the players' audience; press is local, excon and simcell control.
    expect([...playerRoles(harness.engine)].sort()).toEqual(['ms-a', 'ms-c', 'nac', 'presidency']);
    const players = new PolicyPlayers(harness.engine, {
      policy: 'random',
      seed: 4,
      roles: playerRoles(harness.engine),
    });
    await harness.startAtMaxSpeed();
    // The second count: every decision reply, as the engine gave it.
    const decisions: CommandReply[] = [];
    const send = async (command: ExerciseCommand) => {
      const reply = await harness.engine.execute(command, (harness.wallMs += 1000));
      if (command.type === 'decision/take') decisions.push(reply);
      return reply;
    };
    for (let step = 0; step < 40; step++) {
      const wake = players.nextWakeMs();
      if (wake === null || wake > 40 * HOUR) break;
      if (wake > harness.engine.state.lastScenarioMs) await harness.jumpTo(wake);
      await players.act(send);
    }
    // With this seed some decision is refused, so the count is tested with something to count.
    expect(decisions.some((reply) => !reply.ok)).toBe(true);
    expect(players.decisionsRefused).toBe(decisions.filter((reply) => !reply.ok).length);
    const actedAs = new Set(
      harness.engine.events.flatMap((event) => (event.actor?.actingAs ? [event.actor.actingAs] : [])),
    );
    expect([...actedAs].every((role) => playerRoles(harness.engine).has(role))).toBe(true);
    players.dispose();
  });
});
