import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import type { ExerciseCommand } from '../ports/index';
import type { EngineCore } from './engine-core';
import {
  accepts,
  actorKey,
  actorSnapshot,
  ensureActor,
  fireTimer,
  scheduleTimers,
  sendToActor,
} from './mechanisms';

const DAY = 24 * HOUR;
// The registry's delays the mini playbook uses: the ISAA report cycle (24 h) and the UCPM lapse (90 days).
const ISAA_CYCLE = DAY;
const UCPM_LAPSE = 90 * DAY;

const harness = await Harness.create();
await harness.startAtMaxSpeed();

/** A unit of work at `nowMs` on a copy of the harness's state; a tick's unless a command is given. */
const work = (nowMs = 0, command: ExerciseCommand | null = null): EngineCore =>
  unitOfWork(harness, { nowMs, command });

const emitted = (core: EngineCore) => core.batch.map((event) => event.type);
const everyone = ['players', 'control', 'evaluation'];

describe('mechanism actors', () => {
  it('are keyed by machine, and by case where a mechanism runs several', () => {
    expect(actorKey('crisis', null)).toBe('crisis');
    expect(actorKey('solidarity', 'arland')).toBe('solidarity#arland');
  });

  it('are rebuilt from the value and context the log holds, guards included', () => {
    const core = work();
    const snapshot = actorSnapshot(core, core.state.actors.crisis!);
    expect(snapshot.value).toBe('standby');
    // ACTIVATE needs the consulted flag (mini-playbook/crisis.yaml).
    expect(accepts(core, 'crisis', { type: 'CONSULT' })).toBe(true);
    expect(accepts(core, 'crisis', { type: 'ACTIVATE' })).toBe(false);
    core.state.actors.crisis!.context.flags.consulted = true;
    expect(accepts(core, 'crisis', { type: 'ACTIVATE' })).toBe(true);
    expect(accepts(core, 'solidarity#arland', { type: 'INVOKE' })).toBe(false);
  });

  it('start on first use with a logged event, by nobody, for everyone cleared for the mechanism', () => {
    const core = work();
    expect(ensureActor(core, 'crisis', null)).toBe('crisis');
    expect(core.batch).toEqual([]);
    expect(ensureActor(core, 'solidarity', 'arland')).toBe('solidarity#arland');
    expect(core.batch).toEqual([
      expect.objectContaining({
        type: 'mechanism.started',
        actor: null,
        marking: 'EU-ONLY',
        audience: everyone,
        payload: expect.objectContaining({
          actorKey: 'solidarity#arland',
          machine: 'solidarity',
          instance: 'arland',
          value: 'none',
        }),
      }),
    ]);
    expect(ensureActor(core, 'solidarity', 'arland')).toBe('solidarity#arland');
    expect(core.batch).toHaveLength(1);
  });
});

describe('sending an event to an actor', () => {
  it('logs the transition and schedules the timers of the states it enters', () => {
    const core = work(2 * HOUR);
    expect(sendToActor(core, 'crisis', { type: 'RAPID_ALERT' }, { kind: 'route', fromActor: 'x' })).toBe(
      true,
    );
    expect(emitted(core)).toEqual(['mechanism.transitioned', 'timer.scheduled']);
    expect(core.batch[0]).toMatchObject({
      actor: null,
      marking: 'EU-ONLY',
      payload: {
        actorKey: 'crisis',
        event: 'RAPID_ALERT',
        from: 'standby',
        to: 'sharing',
        cause: { kind: 'route', fromActor: 'x' },
      },
    });
    expect(core.batch[1]).toMatchObject({
      audience: ['control', 'evaluation'],
      payload: {
        timerId: 'crisis|sharing|isaaCycle',
        actorKey: 'crisis',
        statePath: 'sharing',
        delay: 'isaaCycle',
        dueMs: 2 * HOUR + ISAA_CYCLE,
      },
    });
  });

  it('stamps a decision’s transition with who took it', () => {
    const command = {
      commandId: 'c',
      type: 'decision/take',
      issuedBy: { role: 'ms-a', station: 's' },
      payload: {},
    };
    const core = work(0, command);
    sendToActor(core, 'crisis', { type: 'RAPID_ALERT' }, { kind: 'decision', decisionId: 'D-1' });
    expect(core.batch[0]?.actor).toEqual({ role: 'ms-a', station: 's', actingAs: null });
  });

  it('cancels the timers of the states it leaves', () => {
    const core = work();
    sendToActor(core, 'crisis', { type: 'RAPID_ALERT' }, { kind: 'route', fromActor: 'x' });
    sendToActor(core, 'crisis', { type: 'STAND_DOWN' }, { kind: 'route', fromActor: 'x' });
    expect(emitted(core).slice(2)).toEqual(['mechanism.transitioned', 'timer.cancelled']);
    expect(core.batch[3]?.payload).toEqual({ timerId: 'crisis|sharing|isaaCycle' });
    expect(core.state.timers).toEqual({});
  });

  it('does nothing, and says so, for an event the actor does not accept or an actor not started', () => {
    const core = work();
    expect(sendToActor(core, 'crisis', { type: 'ACTIVATE' }, { kind: 'route', fromActor: 'x' })).toBe(false);
    expect(
      sendToActor(core, 'solidarity#arland', { type: 'INVOKE' }, { kind: 'route', fromActor: 'x' }),
    ).toBe(false);
    expect(core.batch).toEqual([]);
  });

  it('applies the routes the transition fires, and releases the injects the new states wake', () => {
    const core = work();
    ensureActor(core, 'solidarity', 'arland');
    const invoke = {
      type: 'INVOKE',
      payload: { overwhelmed: true },
      actor: { role: 'ms-a', groups: ['member-state'] },
    };
    expect(sendToActor(core, 'solidarity#arland', invoke, { kind: 'decision', decisionId: 'D-1' })).toBe(
      true,
    );
    expect(emitted(core).slice(1)).toEqual([
      'mechanism.transitioned',
      'timer.scheduled',
      'route.sent',
      'mechanism.transitioned',
      'inject.triggered',
    ]);
    expect(core.batch[2]?.payload).toMatchObject({
      statePath: 'invoked',
      delay: 'ucpmRequestLapse',
      dueMs: UCPM_LAPSE,
    });
    expect(core.batch[3]).toMatchObject({
      actor: null,
      audience: ['control', 'evaluation'],
      payload: {
        fromActor: 'solidarity#arland',
        toActor: 'crisis',
        event: 'FORCED_FULL',
        description: 'Invocation forces full activation.',
      },
    });
    expect(core.batch[4]?.payload).toMatchObject({
      actorKey: 'crisis',
      event: 'FORCED_FULL',
      cause: { kind: 'route', fromActor: 'solidarity#arland' },
      to: { full: { meetings: 'idle', measures: 'drafting' } },
    });
    expect(core.batch[5]?.payload).toMatchObject({ injectId: 'INJ-3' });
  });
});

describe('timers', () => {
  it('are scheduled for the given states only', () => {
    const core = work(HOUR);
    core.state.actors.crisis!.value = 'sharing';
    const snapshot = actorSnapshot(core, core.state.actors.crisis!);
    scheduleTimers(core, 'crisis', 'crisis', snapshot, []);
    expect(core.batch).toEqual([]);
    scheduleTimers(core, 'crisis', 'crisis', snapshot, ['sharing']);
    expect(core.batch.map((event) => event.payload)).toEqual([
      {
        timerId: 'crisis|sharing|isaaCycle',
        actorKey: 'crisis',
        statePath: 'sharing',
        delay: 'isaaCycle',
        dueMs: HOUR + ISAA_CYCLE,
      },
    ]);
  });

  it('fire as a logged event, then reach their actor as timer.<delay>', () => {
    const core = work();
    sendToActor(core, 'crisis', { type: 'RAPID_ALERT' }, { kind: 'route', fromActor: 'x' });
    core.now = ISAA_CYCLE;
    fireTimer(core, 'no-such-timer');
    expect(core.batch).toHaveLength(2);
    fireTimer(core, 'crisis|sharing|isaaCycle');
    expect(emitted(core).slice(2)).toEqual(['timer.fired', 'mechanism.transitioned']);
    expect(core.batch[2]).toMatchObject({
      actor: null,
      marking: 'EU-ONLY',
      audience: everyone,
      payload: {
        timerId: 'crisis|sharing|isaaCycle',
        actorKey: 'crisis',
        delay: 'isaaCycle',
        statePath: 'sharing',
      },
    });
    expect(core.batch[3]?.payload).toMatchObject({
      event: 'timer.isaaCycle',
      cause: { kind: 'timer', timerId: 'crisis|sharing|isaaCycle' },
    });
    // The cycle counts a report (mini-playbook/crisis.yaml); a self-transition does not re-enter sharing.
    expect(core.state.actors.crisis?.context.counters.reports).toBe(1);
    expect(core.state.timers).toEqual({});
  });
});
