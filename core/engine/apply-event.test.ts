import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { logEvent } from '../../test/fixtures/log-event';
import type { EventOf, ExerciseEvent } from '../ports/index';
import { applyEvent, stateAfterCreated } from './apply-event';

const { engine } = await Harness.create();
const created = engine.events[0] as EventOf<'exercise.created'>;
const { scenario } = engine.content;

/** The state after `exercise.created` (with this auto-play) and then the given events, in order. */
function fold(events: readonly ExerciseEvent[], autoPlay: Record<string, string> = {}) {
  const state = stateAfterCreated({ ...created, payload: { ...created.payload, autoPlay } }, scenario);
  for (const event of events) applyEvent(state, event);
  return state;
}

// logEvent stamps seq n at wall time 1_700_000_000_000 + n s (test/fixtures/log-event.ts).
const wallOf = (seq: number) => 1_700_000_000_000 + seq * 1000;
const context = { flags: { consulted: false }, counters: { reports: 0 }, instance: null };
const content = {
  title: 'Explosion at the port',
  text: 'An explosion.',
  from: 'press',
  to: ['ms-a', 'nac'],
  channel: 'news',
  marking: 'PUBLIC',
  priority: 'routine',
};

describe('the state right after exercise.created', () => {
  it('schedules the timed injects of the scenario, waits on the conditional ones, and has the clock ready', () => {
    const state = fold([], { nac: 'doctrine' });
    // mini-scenario.yaml: INJ-1 at T+0; INJ-2 on a missed window, INJ-3 on a state, INJ-4 on a decision.
    expect(Object.values(state.injects).map(({ id, status, dueMs }) => [id, status, dueMs])).toEqual([
      ['INJ-1', 'scheduled', 0],
      ['INJ-2', 'waiting', null],
      ['INJ-3', 'waiting', null],
      ['INJ-4', 'waiting', null],
    ]);
    expect(state).toMatchObject({
      exerciseId: 'mini-1',
      date: '2019-06-03',
      seed: 1,
      lastSeq: 1,
      lastWallMs: WALL_START,
      lastScenarioMs: 0,
      clock: { status: 'ready', speed: 1, anchorScenarioMs: 0, anchorWallMs: 0 },
      actors: {},
      timers: {},
      messages: {},
      observations: {},
      autoPlay: { nac: 'doctrine' },
      noPlay: false,
    });
  });
});

describe('the fold of one event at a time', () => {
  it('keeps the last seq, wall time and scenario time of the log', () => {
    const state = fold([
      logEvent(
        2,
        'route.sent',
        { fromActor: 'a', toActor: 'b', event: 'X', description: 'd' },
        { scenarioMs: 42 },
      ),
    ]);
    expect(state).toMatchObject({ lastSeq: 2, lastWallMs: wallOf(2), lastScenarioMs: 42 });
  });

  it('re-anchors the clock at every clock event, at that event’s own times', () => {
    const started = fold([logEvent(2, 'exercise.started', {}, { scenarioMs: 0 })]);
    expect(started.clock).toEqual({
      status: 'running',
      speed: 1,
      anchorScenarioMs: 0,
      anchorWallMs: wallOf(2),
    });
    const steps: [ExerciseEvent, object][] = [
      [
        logEvent(3, 'clock.speed-changed', { speed: 60 }, { scenarioMs: 1_000 }),
        { status: 'running', speed: 60, anchorScenarioMs: 1_000 },
      ],
      [
        logEvent(4, 'clock.paused', {}, { scenarioMs: 5_000 }),
        { status: 'paused', speed: 60, anchorScenarioMs: 5_000 },
      ],
      [
        logEvent(5, 'clock.resumed', { gapMs: 0, afterRestart: false }, { scenarioMs: 5_000 }),
        { status: 'running', anchorScenarioMs: 5_000 },
      ],
      [
        logEvent(6, 'clock.jumped', { fromMs: 5_000, toMs: HOUR }, { scenarioMs: HOUR }),
        { status: 'running', speed: 60, anchorScenarioMs: HOUR },
      ],
      [
        logEvent(7, 'exercise.ended', {}, { scenarioMs: 2 * HOUR }),
        { status: 'ended', anchorScenarioMs: 2 * HOUR },
      ],
    ];
    const log: ExerciseEvent[] = [logEvent(2, 'exercise.started', {}, { scenarioMs: 0 })];
    for (const [event, clock] of steps) {
      log.push(event);
      expect(fold(log).clock, event.type).toMatchObject({ ...clock, anchorWallMs: wallOf(event.seq) });
    }
  });

  it('puts the safety stop on and lifts it', () => {
    const on = [logEvent(2, 'no-play.started', { notice: 'Fire alarm' })];
    expect(fold(on).noPlay).toBe(true);
    expect(fold([...on, logEvent(3, 'no-play.lifted', {})]).noPlay).toBe(false);
  });

  it('moves a mechanism, keeping what a void of the latest decision would restore, and nothing else', () => {
    const log = [
      logEvent(2, 'mechanism.started', {
        actorKey: 'crisis',
        machine: 'crisis',
        instance: null,
        value: 'standby',
        context,
      }),
      logEvent(3, 'mechanism.transitioned', {
        actorKey: 'crisis',
        machine: 'crisis',
        instance: null,
        event: 'RAPID_ALERT',
        cause: { kind: 'decision', decisionId: 'D-3' },
        from: 'standby',
        to: 'sharing',
        context: { ...context, flags: { consulted: true } },
      }),
    ];
    expect(fold(log.slice(0, 1)).actors.crisis).toEqual({
      machine: 'crisis',
      instance: null,
      value: 'standby',
      context,
      lastTransitionSeq: 2,
      undo: null,
    });
    expect(fold(log).actors.crisis).toMatchObject({
      value: 'sharing',
      context: { flags: { consulted: true } },
      lastTransitionSeq: 3,
      undo: { decisionId: 'D-3', value: 'standby', context },
    });
    const byTimer = logEvent(4, 'mechanism.transitioned', {
      actorKey: 'crisis',
      machine: 'crisis',
      instance: null,
      event: 'timer.isaaCycle',
      cause: { kind: 'timer', timerId: 't-1' },
      from: 'sharing',
      to: 'sharing',
      context,
    });
    expect(fold([...log, byTimer]).actors.crisis).toMatchObject({ lastTransitionSeq: 4, undo: null });
  });

  it('keeps the timers scheduled and neither fired nor cancelled', () => {
    const timer = (seq: number, timerId: string, dueMs: number) =>
      logEvent(seq, 'timer.scheduled', {
        timerId,
        actorKey: 'crisis',
        statePath: 'sharing',
        delay: 'isaaCycle',
        dueMs,
      });
    const state = fold([
      timer(2, 'a', HOUR),
      timer(3, 'b', 2 * HOUR),
      timer(4, 'c', 3 * HOUR),
      logEvent(5, 'timer.fired', {
        timerId: 'a',
        actorKey: 'crisis',
        delay: 'isaaCycle',
        statePath: 'sharing',
      }),
      logEvent(6, 'timer.cancelled', { timerId: 'c' }),
    ]);
    expect(state.timers).toEqual({
      b: { id: 'b', actorKey: 'crisis', statePath: 'sharing', delay: 'isaaCycle', dueMs: 2 * HOUR },
    });
  });

  it('takes an inject through the MSEL: triggered, held, rescheduled, edited field by field, skipped', () => {
    const log = [
      logEvent(2, 'inject.triggered', { injectId: 'INJ-3', dueMs: 2 * HOUR, cause: { decisionId: 'D-1' } }),
      logEvent(3, 'inject.held', { injectId: 'INJ-3' }),
      logEvent(4, 'inject.rescheduled', { injectId: 'INJ-3', dueMs: 5 * HOUR }),
      logEvent(5, 'inject.edited', { injectId: 'INJ-3', changes: { title: 'New title' } }),
      logEvent(6, 'inject.edited', { injectId: 'INJ-3', changes: { text: 'New text', to: ['ms-c'] } }),
      logEvent(7, 'inject.skipped', { injectId: 'INJ-4' }),
      logEvent(8, 'inject.rescheduled', { injectId: 'INJ-2', dueMs: HOUR }),
    ];
    expect(fold(log.slice(0, 1)).injects['INJ-3']).toMatchObject({ status: 'scheduled', dueMs: 2 * HOUR });
    expect(fold(log.slice(0, 2)).injects['INJ-3']).toMatchObject({ status: 'held', dueMs: 2 * HOUR });
    const state = fold(log);
    expect(state.injects['INJ-3']).toMatchObject({
      status: 'scheduled',
      dueMs: 5 * HOUR,
      edits: { title: 'New title', text: 'New text', to: ['ms-c'] },
    });
    expect(state.injects['INJ-4']?.status).toBe('skipped');
    // A waiting inject given a time is scheduled for it.
    expect(state.injects['INJ-2']).toMatchObject({ status: 'scheduled', dueMs: HOUR });
  });

  it('releases an inject with its windows, and records each recipient and each expected action', () => {
    const state = fold([
      logEvent(
        2,
        'inject.released',
        {
          injectId: 'INJ-1',
          content,
          deadlines: { 'EA-1': 6 * HOUR, 'EA-2': null },
          cause: 'schedule',
          adhoc: false,
        },
        { scenarioMs: 30_000 },
      ),
      logEvent(3, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-a', content }),
      logEvent(4, 'inject.blocked', { injectId: 'INJ-1', role: 'nac', marking: 'PUBLIC', reason: 'test' }),
      logEvent(5, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-c', content }),
      logEvent(6, 'inject.acknowledged', { injectId: 'INJ-1', role: 'ms-a' }),
      logEvent(7, 'expected-action.met', {
        injectId: 'INJ-1',
        actionId: 'EA-1',
        decisionId: 'D-7',
        role: 'ms-a',
      }),
      logEvent(8, 'expected-action.marked', { injectId: 'INJ-1', actionId: 'EA-2', met: false }),
      logEvent(9, 'expected-action.missed', { injectId: 'INJ-1', actionId: 'EA-9' }),
    ]);
    expect(state.injects['INJ-1']).toEqual({
      id: 'INJ-1',
      status: 'released',
      dueMs: 0,
      releasedMs: 30_000,
      edits: {},
      recipients: { 'ms-a': 'acknowledged', nac: 'blocked', 'ms-c': 'delivered' },
      expected: {
        'EA-1': { status: 'met', deadlineMs: 6 * HOUR },
        'EA-2': { status: 'marked-unmet', deadlineMs: null },
      },
      adhoc: false,
    });
  });

  it('adds an ad-hoc inject, which the scenario does not have, when it is released', () => {
    const state = fold([
      logEvent(
        2,
        'inject.released',
        { injectId: 'ADHOC-2', content, deadlines: {}, cause: 'adhoc', adhoc: true },
        { scenarioMs: HOUR },
      ),
    ]);
    expect(state.injects['ADHOC-2']).toEqual({
      id: 'ADHOC-2',
      status: 'released',
      dueMs: HOUR,
      releasedMs: HOUR,
      edits: {},
      recipients: {},
      expected: {},
      adhoc: true,
    });
  });

  it('records a message and what became of it at each recipient', () => {
    const message = {
      messageId: 'M-2',
      from: 'ms-a',
      to: ['ms-c', 'nac'],
      marking: 'EU-ONLY',
      subject: 's',
      body: 'b',
      inReplyTo: null,
      injectRefs: [],
    };
    const state = fold([
      logEvent(2, 'message.sent', message),
      logEvent(3, 'message.delivered', { ...message, role: 'ms-c' }),
      logEvent(4, 'message.blocked', { messageId: 'M-2', role: 'nac', marking: 'EU-ONLY', from: 'ms-a' }),
      logEvent(5, 'message.read', { messageId: 'M-2', role: 'ms-c', from: 'ms-a' }),
      logEvent(6, 'message.read', { messageId: 'M-404', role: 'ms-c', from: 'ms-a' }),
    ]);
    expect(state.messages).toEqual({
      'M-2': { id: 'M-2', from: 'ms-a', marking: 'EU-ONLY', recipients: { 'ms-c': 'read', nac: 'blocked' } },
    });
  });

  it('records observations with who made them and how often they were amended, and the auto-played roles', () => {
    const state = fold(
      [
        logEvent(
          2,
          'observation.recorded',
          { observationId: 'OBS-2', text: 'Slow alert' },
          { role: 'excon' },
        ),
        logEvent(3, 'observation.amended', { observationId: 'OBS-2', text: 'Slower', reason: 'checked' }),
        logEvent(4, 'observation.amended', { observationId: 'OBS-2', text: 'Slowest', reason: 'again' }),
        logEvent(5, 'observation.amended', { observationId: 'OBS-404', text: 'x', reason: 'y' }),
        logEvent(6, 'role.auto-play-set', { role: 'ms-a', policy: 'late' }),
        logEvent(7, 'role.auto-play-set', { role: 'nac', policy: null }),
        logEvent(8, 'rating.given', { objectiveId: 'obj-alert', rating: 'S', rationale: 'r' }),
      ],
      { nac: 'doctrine' },
    );
    expect(state.observations).toEqual({ 'OBS-2': { id: 'OBS-2', by: 'excon', amended: 2 } });
    expect(state.autoPlay).toEqual({ 'ms-a': 'late' });
  });

  it('leaves the exercise.created event it started from as it was', () => {
    const autoPlay = { nac: 'doctrine' };
    const event = { ...created, payload: { ...created.payload, autoPlay } };
    const state = stateAfterCreated(event, scenario);
    applyEvent(state, logEvent(2, 'role.auto-play-set', { role: 'ms-a', policy: 'late' }));
    expect(autoPlay).toEqual({ nac: 'doctrine' });
  });
});
