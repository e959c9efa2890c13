import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { activePathsOf, openDecisionsOf, scenarioTimeOf, stationViewOf } from './view-queries';

const message = (to: string[], marking: string) => ({ to, marking, subject: 'Update', body: 'Text' });

/** What a copy of the log holds of the harness's exercise: the queries must need nothing else. */
const copyOf = (harness: Harness) => {
  const { content, state, events, roles } = harness.engine;
  return { content, state, events, roles, heading: harness.engine.heading() };
};

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
    // The engine's own reading agrees at any wall time.
    for (const wallMs of [WALL_START, WALL_START + HOUR, WALL_START + 100 * HOUR])
      expect(scenarioTimeOf(harness.engine.state, wallMs)).toBe(harness.engine.scenarioTimeAt(wallMs));
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
    expect(paths('crisis', null)).toEqual(harness.engine.activePaths('crisis', null));
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
    for (const role of roles.keys()) expect(open(role)).toEqual(harness.engine.openDecisions(role));
  });

  it('builds each role’s station view as the engine streams it, and keeps up as the log grows', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('message/send', message(['ms-a', 'ms-c'], 'NATO-ONLY'), 'nac');
    const roles = [...harness.engine.roles.keys()];
    const compare = () => {
      for (const role of roles)
        for (const since of [0, 2])
          expect(stationViewOf(copyOf(harness), role, since)).toEqual(
            harness.engine.stationView(role, since),
          );
    };
    compare();
    // The NATO-ONLY message reached ms-a (cleared for NATO), never ms-c.
    const delivered = (role: string) =>
      stationViewOf(copyOf(harness), role)
        .events.filter((event) => event.type === 'message.delivered')
        .map((event) => event.payload);
    expect(delivered('ms-a')).toEqual([expect.objectContaining({ role: 'ms-a', marking: 'NATO-ONLY' })]);
    expect(delivered('ms-c')).toEqual([]);

    // Read again after more events: the streams resume where they stopped and still agree.
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY'), 'presidency');
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    compare();
    // A copy of the log in a new array gives the same views.
    const copy = { ...copyOf(harness), events: [...harness.engine.events] };
    for (const role of roles) expect(stationViewOf(copy, role)).toEqual(harness.engine.stationView(role));
    expect(() => stationViewOf(copy, 'nobody')).toThrow('role nobody is not in this exercise');
  });
});
