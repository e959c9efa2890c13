import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { natoNotLiveEngine } from '../../test/fixtures/nato-not-live';
import { activePathsOf, decisionsToPlay, openDecisionsOf, scenarioTimeOf } from './view-queries';

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

  it('lists what control may take acting as a role in play or as a body the scenario does not play', async () => {
    // test/fixtures/nato-not-live-scenario.yaml plays no NATO body; eu-nato-link.yaml gives the NAC its
    // statement (allowed in any council state) and the EU liaison the first staff contact.
    const { engine } = await natoNotLiveEngine();
    const { content, state, roles } = engine;
    const events = (role: string) =>
      decisionsToPlay(content, state, roles, role)
        .filter((decision) => decision.machine === 'eu-nato-link')
        .map((decision) => decision.event);
    expect(events('nac')).toContain('NAC_STATEMENT');
    expect(events('nac')).not.toContain('STAFF_CONTACT');
    expect(events('eu-liaison-nato')).toContain('STAFF_CONTACT');
    const statement = decisionsToPlay(content, state, roles, 'nac').find(
      (decision) => decision.event === 'NAC_STATEMENT',
    );
    expect(statement?.consequences.items.length).toBeGreaterThan(0);
    // A control role decides nothing in its own name; a name nobody defines has nothing to take.
    expect(decisionsToPlay(content, state, roles, 'nato-white-cell')).toEqual([]);
    expect(decisionsToPlay(content, state, roles, 'ghost')).toEqual([]);
  });
});
