// The improvement plan's commands through the engine (issue 22 §2), on the small test scenario.
import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';

const controlOnly = ['control', 'evaluation'];

async function playedHarness(): Promise<Harness> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  await harness.send('observation/record', { observationId: 'OBS-1', text: 'The alert was late' }, 'excon');
  return harness;
}

const action = {
  what: 'Rehearse the rapid alert with partners',
  owner: 'ms-a',
  due: '2027-03-01',
  objectiveId: 'obj-alert',
  observationIds: ['OBS-1'],
};

describe('corrective actions', () => {
  it('are added (by EXCON here: the small playbook has no evaluator) for control and evaluation only, numbered by seq unless named', async () => {
    const harness = await playedHarness();
    const seq = harness.engine.state.lastSeq + 1;
    expect(await harness.send('corrective-action/add', action)).toMatchObject({ ok: true });
    expect(
      await harness.send('corrective-action/add', { actionId: 'CA-X', what: 'Brief', owner: 'EEAS' }),
    ).toMatchObject({ ok: true });
    const added = harness.eventsOf('corrective-action.added');
    expect(added.map((event) => [event.audience, event.actor?.role, event.payload])).toEqual([
      [controlOnly, 'excon', { actionId: `CA-${seq}`, ...action }],
      [
        controlOnly,
        'excon',
        { actionId: 'CA-X', what: 'Brief', owner: 'EEAS', due: null, objectiveId: null, observationIds: [] },
      ],
    ]);
    // A player may not write the plan.
    expect(await harness.send('corrective-action/add', action, 'ms-a')).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
  });

  it('refuse an objective or observation that is not there, a bad date, and a taken id, recording nothing', async () => {
    const harness = await playedHarness();
    const before = harness.engine.events.length;
    for (const [change, field] of [
      [{ objectiveId: 'obj-none' }, 'payload.objectiveId'],
      [{ observationIds: ['OBS-404'] }, 'payload.observationIds'],
      [{ due: '1 March' }, 'payload.due'],
    ] as const) {
      const reply = await harness.send('corrective-action/add', { ...action, ...change });
      expect(reply, JSON.stringify(change)).toMatchObject({ ok: false, field });
    }
    await harness.send('corrective-action/add', { ...action, actionId: 'CA-1' });
    expect(await harness.send('corrective-action/add', { ...action, actionId: 'CA-1' })).toMatchObject({
      ok: false,
      reason: 'corrective action id CA-1 is taken',
    });
    expect(harness.engine.events.length).toBe(before + 1);
  });

  it('are amended with a reason and withdrawn once; a withdrawn one can change no more', async () => {
    const harness = await playedHarness();
    await harness.send('corrective-action/add', { ...action, actionId: 'CA-1' });
    const amend = { actionId: 'CA-1', changes: { due: '2027-06-01' }, reason: 'agreed at the hot wash-up' };
    expect(await harness.send('corrective-action/amend', amend)).toMatchObject({
      ok: true,
    });
    expect(await harness.send('corrective-action/amend', { ...amend, changes: {} })).toMatchObject({
      ok: false,
      field: 'payload.changes',
    });
    expect(await harness.send('corrective-action/amend', { ...amend, actionId: 'CA-9' })).toMatchObject({
      ok: false,
      reason: 'no corrective action CA-9',
    });
    const withdraw = { actionId: 'CA-1', reason: 'covered by the national plan' };
    expect(await harness.send('corrective-action/withdraw', withdraw)).toMatchObject({ ok: true });
    expect(await harness.send('corrective-action/withdraw', withdraw)).toMatchObject({
      ok: false,
      reason: 'corrective action CA-1 was withdrawn',
    });
    expect(await harness.send('corrective-action/amend', amend)).toMatchObject({
      ok: false,
    });
    expect(harness.eventsOf('corrective-action.amended').map((event) => event.payload)).toEqual([amend]);
    expect(harness.eventsOf('corrective-action.withdrawn').map((event) => event.payload)).toEqual([withdraw]);
    expect(harness.engine.state.correctiveActions).toEqual({ 'CA-1': { withdrawn: true } });
  });
});

describe('a decision answering an inject', () => {
  it('names an inject its role received, and is refused one it did not', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    // INJ-1 reached ms-a at T+0; INJ-4 has not been released, and INJ-1 never went to the presidency.
    const taken = await harness.send(
      'decision/take',
      { machine: 'crisis', event: 'CONSULT', answersInject: 'INJ-1' },
      'ms-a',
    );
    expect(taken).toMatchObject({ ok: true });
    expect(harness.eventsOf('decision.taken').at(-1)?.payload.answersInject).toBe('INJ-1');
    expect(
      await harness.send(
        'decision/take',
        { machine: 'crisis', event: 'RAPID_ALERT', answersInject: 'INJ-4' },
        'ms-a',
      ),
    ).toMatchObject({
      ok: false,
      code: 'unknown-target',
      reason: 'ms-a received no inject INJ-4',
      field: 'payload.answersInject',
    });
    // Without one, the decision is logged as before: no field at all.
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    expect(harness.eventsOf('decision.taken').at(-1)?.payload).not.toHaveProperty('answersInject');
  });
});
