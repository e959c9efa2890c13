import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';

describe('ExerciseEngine: the clock under control', () => {
  it('pauses, resumes, jumps to the next inject, and ends', async () => {
    const harness = await Harness.create();
    expect(await harness.send('exercise/pause')).toMatchObject({ ok: false, code: 'not-now' });
    expect(
      await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a'),
    ).toMatchObject({ ok: false, code: 'not-now', reason: 'the exercise has not started (STARTEX)' });
    await harness.startAtMaxSpeed();
    expect(await harness.send('exercise/pause')).toMatchObject({ ok: true });
    expect(await harness.send('exercise/resume')).toMatchObject({ ok: true });
    await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    // INJ-3 waits on a state; reschedule it so there is a next inject to jump to.
    expect(await harness.send('inject/reschedule', { injectId: 'INJ-3', at: 'T+1d' })).toMatchObject({
      ok: true,
    });
    expect(await harness.send('exercise/jump-next')).toMatchObject({ ok: true });
    expect(harness.engine.state.lastScenarioMs).toBe(24 * HOUR);
    expect(harness.eventsOf('clock.jumped').at(-1)?.payload).toEqual({ fromMs: 0, toMs: 24 * HOUR });
    expect(await harness.send('exercise/jump-to', { scenarioMs: HOUR })).toMatchObject({
      ok: false,
      code: 'not-now',
      field: 'payload.scenarioMs',
    });
    expect(await harness.send('exercise/end')).toMatchObject({ ok: true });
    expect(
      await harness.send(
        'message/send',
        { to: ['ms-c'], marking: 'PUBLIC', subject: 's', body: 'b' },
        'ms-a',
      ),
    ).toMatchObject({ ok: false, code: 'exercise-ended' });
  });

  it('puts a real-world safety stop on every station: the clock pauses and cannot resume until it is lifted', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(
      await harness.send('exercise/no-play', { on: true, notice: 'Medical emergency in room 2' }),
    ).toMatchObject({ ok: true });
    expect(harness.engine.state.clock.status).toBe('paused');
    expect(harness.engine.stationView('ms-c').events.at(-1)).toMatchObject({
      type: 'no-play.started',
      payload: { notice: 'Medical emergency in room 2' },
    });
    expect(await harness.send('exercise/resume')).toMatchObject({ ok: false, code: 'no-play' });
    expect(await harness.send('exercise/no-play', { on: false })).toMatchObject({ ok: true });
    expect(await harness.send('exercise/resume')).toMatchObject({ ok: true });
  });
});

describe('ExerciseEngine: evaluation and auto-play', () => {
  it('records and amends observations, ratings and free-text marks, for evaluators only, also after ENDEX', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(await harness.send('observation/record', { text: 'Slow alert' }, 'ms-a')).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    const recorded = await harness.send(
      'observation/record',
      { observationId: 'OBS-A', objectiveId: 'obj-alert', text: 'Alert took 5 h' },
      'excon',
    );
    expect(recorded.ok).toBe(true);
    expect(
      await harness.send('observation/amend', {
        observationId: 'OBS-A',
        text: 'Alert took 4 h',
        reason: 'log checked',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await harness.send('rating/give', {
        objectiveId: 'obj-alert',
        rating: 'S',
        rationale: 'late but complete',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await harness.send('rating/give', { objectiveId: 'obj-none', rating: 'S', rationale: 'x' }),
    ).toMatchObject({ ok: false, field: 'payload.objectiveId' });
    expect(
      await harness.send('expected-action/mark', { injectId: 'INJ-1', actionId: 'EA-1', met: true }),
    ).toMatchObject({ ok: false, code: 'not-now' });
    expect(
      await harness.send('expected-action/mark', {
        injectId: 'INJ-1',
        actionId: 'EA-2',
        met: true,
        note: 'briefed at 11:00',
      }),
    ).toMatchObject({ ok: true });
    expect(harness.engine.state.injects['INJ-1']?.expected['EA-2']?.status).toBe('marked-met');
    await harness.send('exercise/end');
    expect(await harness.send('observation/record', { text: 'Hot wash: good EU-NATO link' })).toMatchObject({
      ok: true,
    });
    expect(
      harness.engine.stationView('ms-a').events.some((event) => event.type.startsWith('observation.')),
    ).toBe(false);
  });

  it('records what an observation is about (its kind, an inject, a role) and refuses links to nothing', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const payload = { kind: 'strength', injectId: 'INJ-1', role: 'ms-a', text: 'Fast alert to partners' };
    expect(await harness.send('observation/record', payload)).toMatchObject({ ok: true });
    expect(harness.eventsOf('observation.recorded').at(-1)?.payload).toMatchObject(payload);
    expect(await harness.send('observation/record', { ...payload, injectId: 'INJ-404' })).toMatchObject({
      ok: false,
      code: 'unknown-target',
      field: 'payload.injectId',
    });
    expect(await harness.send('observation/record', { ...payload, role: 'nobody' })).toMatchObject({
      ok: false,
      field: 'payload.role',
    });
    expect(await harness.send('observation/record', { ...payload, kind: 'gossip' })).toMatchObject({
      ok: false,
    });
  });

  it('sets a role to auto-play, and lets control act as that role', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(await harness.send('role/auto-play', { role: 'nac', policy: 'doctrine' })).toMatchObject({
      ok: true,
    });
    expect(harness.engine.state.autoPlay).toEqual({ nac: 'doctrine' });
    expect(await harness.send('role/auto-play', { role: 'simcell', policy: 'doctrine' })).toMatchObject({
      ok: false,
      field: 'payload.role',
    });
    const acting = await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'simcell', {
      actingAs: 'ms-c',
    });
    expect(acting.ok).toBe(true);
    expect(harness.eventsOf('decision.taken').at(-1)?.actor).toEqual({
      role: 'simcell',
      station: 'test',
      actingAs: 'ms-c',
    });
  });
});
