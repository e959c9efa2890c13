import { describe, expect, it } from 'vitest';
import { Harness, unitOfWork } from '../../test/fixtures/engine-harness';
import type { EngineCore } from './engine-core';
import {
  amendObservation,
  giveRating,
  markExpectedAction,
  recordObservation,
  setAutoPlay,
} from './handle-evaluation';

/** A unit of work for EXCON (who may evaluate) on a copy of the harness's state. */
const excon = (harness: Harness): EngineCore => unitOfWork(harness, { role: 'excon' });

const controlOnly = ['control', 'evaluation'];
const harness = await Harness.create();
await harness.startAtMaxSpeed();

describe('observations', () => {
  it('are recorded for control and evaluation only, numbered by seq unless the evaluator names them', () => {
    const core = excon(harness);
    const id = `OBS-${core.state.lastSeq + 1}`;
    expect(
      recordObservation(core, { text: 'Slow alert', kind: 'improvement', role: 'ms-a', injectId: 'INJ-1' }),
    ).toBeNull();
    expect(
      recordObservation(core, { observationId: 'OBS-A', objectiveId: 'obj-alert', text: 'Fast' }),
    ).toBeNull();
    expect(core.batch.map((event) => [event.type, event.audience, event.payload])).toEqual([
      [
        'observation.recorded',
        controlOnly,
        { observationId: id, text: 'Slow alert', kind: 'improvement', role: 'ms-a', injectId: 'INJ-1' },
      ],
      [
        'observation.recorded',
        controlOnly,
        { observationId: 'OBS-A', objectiveId: 'obj-alert', text: 'Fast' },
      ],
    ]);
    expect(recordObservation(core, { observationId: 'OBS-A', text: 'Again' })).toEqual({
      code: 'invalid-command',
      reason: 'observation id OBS-A is taken',
      field: 'payload.observationId',
    });
  });

  it.each([
    [{ objectiveId: 'obj-none' }, 'no objective obj-none', 'payload.objectiveId'],
    [{ injectId: 'INJ-404' }, 'no inject INJ-404', 'payload.injectId'],
    [{ role: 'nobody' }, 'no role nobody in this exercise', 'payload.role'],
  ])('refuse a link to nothing: %j', (link, reason, field) => {
    const core = excon(harness);
    expect(recordObservation(core, { text: 'x', ...link })).toEqual({
      code: 'unknown-target',
      reason,
      field,
    });
    expect(core.batch).toEqual([]);
  });

  it('are amended only once they exist', () => {
    const core = excon(harness);
    const amend = { observationId: 'OBS-A', text: 'Alert took 4 h', reason: 'log checked' };
    expect(amendObservation(core, amend)).toEqual({
      code: 'unknown-target',
      reason: 'no observation OBS-A',
      field: 'payload.observationId',
    });
    recordObservation(core, { observationId: 'OBS-A', text: 'Alert took 5 h' });
    expect(amendObservation(core, amend)).toBeNull();
    expect(core.batch.at(-1)).toMatchObject({
      type: 'observation.amended',
      audience: controlOnly,
      payload: amend,
    });
    expect(core.state.observations['OBS-A']?.amended).toBe(1);
  });
});

describe('ratings and marks', () => {
  it('rate an objective of the scenario, and no other', () => {
    const core = excon(harness);
    const rating = { objectiveId: 'obj-alert', rating: 'S' as const, rationale: 'late but complete' };
    expect(giveRating(core, rating)).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({ type: 'rating.given', audience: controlOnly, payload: rating }),
    ]);
    expect(giveRating(core, { ...rating, objectiveId: 'obj-none' })).toEqual({
      code: 'unknown-target',
      reason: 'no objective obj-none',
      field: 'payload.objectiveId',
    });
  });

  it('mark a free-text expected action of a released inject, never a playbook decision’s', async () => {
    const core = excon(harness);
    // mini-scenario.yaml: INJ-1 (out at T+0) expects EA-1, a decision matched by itself, and EA-2, free text.
    expect(markExpectedAction(core, { injectId: 'INJ-1', actionId: 'EA-1', met: true })).toEqual({
      code: 'not-now',
      reason: 'playbook decisions are matched automatically; only free-text actions are marked',
      field: 'payload.actionId',
    });
    expect(markExpectedAction(core, { injectId: 'INJ-1', actionId: 'EA-9', met: true })).toEqual({
      code: 'unknown-target',
      reason: 'no expected action INJ-1/EA-9',
      field: 'payload.actionId',
    });
    expect(
      markExpectedAction(core, { injectId: 'INJ-1', actionId: 'EA-2', met: false, note: 'no briefing' }),
    ).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({
        type: 'expected-action.marked',
        audience: controlOnly,
        payload: { injectId: 'INJ-1', actionId: 'EA-2', met: false, note: 'no briefing' },
      }),
    ]);
    expect(core.state.injects['INJ-1']?.expected['EA-2']?.status).toBe('marked-unmet');
    const before = unitOfWork(await Harness.create());
    expect(markExpectedAction(before, { injectId: 'INJ-1', actionId: 'EA-2', met: true })).toEqual({
      code: 'not-now',
      reason: 'inject INJ-1 has not been released',
      field: 'payload.injectId',
    });
  });
});

describe('auto-play', () => {
  it('sets and clears the policy of a player role, and of no control role', () => {
    const core = excon(harness);
    expect(setAutoPlay(core, { role: 'nac', policy: 'doctrine' })).toBeNull();
    expect(core.state.autoPlay).toEqual({ nac: 'doctrine' });
    expect(setAutoPlay(core, { role: 'nac', policy: null })).toBeNull();
    expect(core.state.autoPlay).toEqual({});
    expect(core.batch.map((event) => [event.type, event.audience])).toEqual([
      ['role.auto-play-set', controlOnly],
      ['role.auto-play-set', controlOnly],
    ]);
    for (const role of ['simcell', 'excon', 'nobody'])
      expect(setAutoPlay(core, { role, policy: 'late' })).toEqual({
        code: 'unknown-target',
        reason: `${role} is not a player role in this exercise`,
        field: 'payload.role',
      });
  });
});
