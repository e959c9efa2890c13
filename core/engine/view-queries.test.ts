import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { activePathsOf, openDecisionsOf, scenarioTimeOf } from './view-queries';

describe('the queries a read-only view computes from state, content and log', () => {
  it('tells scenario time by the clock fold, and never earlier than the last event', async () => {
    const harness = await Harness.create();
    const { state } = harness.engine;
    expect(scenarioTimeOf(state, WALL_START + HOUR)).toBe(0); // not started: the clock stands still
    await harness.send('exercise/start'); // at WALL_START + 1 s, speed 1
    expect(scenarioTimeOf(harness.engine.state, WALL_START + 1_000 + 90_000)).toBe(90_000);
    await harness.send('exercise/speed', { speed: 'max' });
    await harness.jumpTo(2 * HOUR);
    // At maximum speed time moves only by jumps: a later wall time reads the jump's target.
    expect(scenarioTimeOf(harness.engine.state, WALL_START + 10 * HOUR)).toBe(2 * HOUR);
  });

  it('gives a mechanism’s active states, or its initial ones for a case not yet started', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const paths = (machine: string, instance: string | null) =>
      activePathsOf(harness.engine.content, harness.engine.state, machine, instance);
    expect(paths('crisis', null)).toEqual(['standby']);
    expect(paths('solidarity', 'arland')).toEqual(['none']);
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    await harness.send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
      'ms-a',
    );
    expect(paths('solidarity', 'arland')).toEqual(['invoked']);
    expect(paths('crisis', null)).not.toEqual(['standby']);
  });

  it('lists the decisions a role may take now: a member state may open a solidarity case, control none', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const { content, state, roles } = harness.engine;
    const open = (role: string) => openDecisionsOf(content, state, roles, role);
    expect(open('ms-a')).toContainEqual(
      expect.objectContaining({ machine: 'solidarity', instance: null, newCase: true, event: 'INVOKE' }),
    );
    expect(open('excon')).toEqual([]);
    expect(open('nobody')).toEqual([]);
  });
});
