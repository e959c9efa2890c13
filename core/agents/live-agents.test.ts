import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { LiveAgents } from './live-agents';

describe('live agents for the roles the controller sets to auto', () => {
  it('plays a role set to auto mid-exercise, including what was already waiting, and stops when set back', async () => {
    const harness = await Harness.create();
    const agents = new LiveAgents(harness.engine, 1);
    const act = () => agents.act((command) => harness.engine.execute(command, harness.wallMs));
    await harness.startAtMaxSpeed();
    // INJ-1 is already out when ms-a is handed to the doctrine agent.
    expect(await harness.send('role/auto-play', { role: 'ms-a', policy: 'doctrine' })).toMatchObject({
      ok: true,
    });
    for (let hour = 1; hour <= 5; hour++) {
      await harness.jumpTo(hour * HOUR);
      await act();
    }
    const byAgent = harness.eventsOf('decision.taken').filter((event) => event.actor?.actingAs === 'ms-a');
    expect(byAgent.map((event) => event.payload.event)).toContain('RAPID_ALERT');
    expect(harness.eventsOf('expected-action.met').map((event) => event.payload.actionId)).toContain('EA-1');

    await harness.send('role/auto-play', { role: 'ms-a', policy: null });
    const before = harness.engine.events.length;
    await harness.jumpTo(20 * HOUR);
    await act();
    const after = harness.engine.events.slice(before);
    expect(after.filter((event) => event.actor?.actingAs === 'ms-a')).toEqual([]);
    agents.dispose();
  });
});
