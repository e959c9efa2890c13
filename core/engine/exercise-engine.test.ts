import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { MINI_SCENARIO_PATH } from '../../test/fixtures/fixtures';
import { replay } from './replay';

describe('ExerciseEngine: commands, decisions, routes', () => {
  it('logs exercise.created with the documents and their hashes, then starts every single machine', async () => {
    const { engine } = await Harness.create();
    const created = engine.events[0]!;
    if (created.type !== 'exercise.created') throw new Error(`the log starts with ${created.type}`);
    const { content } = created.payload;
    expect(content.playbook.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(content.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(content.playbook.sources).toHaveLength(5);
    expect(
      engine.events
        .filter((event) => event.type === 'mechanism.started')
        .map((event) => event.payload.actorKey),
    ).toEqual(['crisis']);
  });

  it('rejects bad commands with a code, a reason and the field at fault, appending nothing', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const before = harness.engine.events.length;
    expect(await harness.send('exercise/fly')).toMatchObject({
      ok: false,
      code: 'unknown-command',
      field: 'type',
    });
    expect(await harness.send('exercise/speed', { speed: 7 })).toMatchObject({
      ok: false,
      code: 'invalid-command',
      field: 'payload.speed',
    });
    expect(await harness.send('exercise/pause', {}, 'ms-a')).toMatchObject({
      ok: false,
      code: 'not-allowed',
      field: 'issuedBy.role',
    });
    expect(
      await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'ms-a', {
        actingAs: 'presidency',
      }),
    ).toMatchObject({ ok: false, code: 'not-allowed', field: 'actingAs' });
    expect(
      await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'ms-a'),
    ).toMatchObject({ ok: false, code: 'not-allowed', field: 'payload.event' });
    expect(
      await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency'),
    ).toMatchObject({ ok: false, code: 'not-now', field: 'payload.event' });
    expect(
      await harness.send('decision/take', { machine: 'crisis', event: 'ESCALATE', fields: {} }, 'presidency'),
    ).toMatchObject({ ok: false, code: 'invalid-command', field: 'payload.fields.reason' });
    expect(
      await harness.send(
        'decision/take',
        { machine: 'solidarity', event: 'INVOKE', fields: { overwhelmed: true } },
        'ms-a',
      ),
    ).toMatchObject({ ok: false, code: 'invalid-command', field: 'payload.instance' });
    expect(harness.engine.events.length).toBe(before);
  });

  it('applies a decision, its guard, and the route it fires, each as logged events', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const refused = await harness.send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: false } },
      'ms-a',
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'invalid-command',
      field: 'payload.fields.overwhelmed',
    });
    const reply = await harness.send(
      'decision/take',
      {
        machine: 'solidarity',
        instance: 'arland',
        event: 'INVOKE',
        fields: { overwhelmed: true },
        rationale: 'port destroyed',
      },
      'ms-a',
    );
    expect(reply.ok).toBe(true);
    const types = harness.engine.events.slice(-8).map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'mechanism.started',
        'decision.taken',
        'mechanism.transitioned',
        'route.sent',
        'timer.scheduled',
      ]),
    );
    expect(harness.engine.state.actors['solidarity#arland']?.value).toBe('invoked');
    expect(harness.engine.state.actors.crisis?.value).toEqual({
      full: { meetings: 'idle', measures: 'drafting' },
    });
    const routed = harness
      .eventsOf('mechanism.transitioned')
      .find((event) => event.payload.actorKey === 'crisis');
    expect(routed?.payload.cause).toEqual({ kind: 'route', fromActor: 'solidarity#arland' });
  });

  it('applies a resent command once and answers it the same way', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const first = await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a', {
      commandId: 'same',
    });
    const length = harness.engine.events.length;
    const again = await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a', {
      commandId: 'same',
    });
    expect(again).toEqual({ ...first, duplicate: true });
    expect(harness.engine.events.length).toBe(length);
  });

  it('voids the latest decision on a mechanism, restoring its state, and refuses to void an older one', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency');
    expect(harness.engine.state.actors.crisis?.value).toBe('sharing');
    const [consult, activate] = harness.eventsOf('decision.taken').map((event) => event.payload.decisionId);
    expect(await harness.send('decision/void', { decisionId: consult, reason: 'x' })).toMatchObject({
      ok: false,
      code: 'not-now',
    });
    expect(
      await harness.send('decision/void', { decisionId: activate, reason: 'pressed by mistake' }),
    ).toMatchObject({ ok: true });
    expect(harness.engine.state.actors.crisis?.value).toBe('standby');
    expect(await harness.send('decision/void', { decisionId: activate, reason: 'again' })).toMatchObject({
      ok: false,
      code: 'not-now',
    });
    expect(Object.values(harness.engine.state.timers)).toEqual([]);
  });
});

describe('ExerciseEngine: time, timers, injects', () => {
  it('fires deadlines in order at the time they were due when the clock jumps', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency');
    await harness.jumpTo(50 * HOUR);
    await harness.send('decision/take', { machine: 'crisis', event: 'STAND_DOWN' }, 'presidency');
    await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency');
    await harness.jumpTo(80 * HOUR);
    // A timer runs once per entry into its state (as XState's own delays do): 24 h after each activation.
    const fired = harness.eventsOf('timer.fired').map((event) => event.scenarioMs);
    expect(fired).toEqual([24 * HOUR, 74 * HOUR]);
    expect(harness.engine.state.actors.crisis?.context.counters.reports).toBe(2);
    const scenarioTimes = harness.engine.events.map((event) => event.scenarioMs);
    expect([...scenarioTimes].sort((a, b) => a - b)).toEqual(scenarioTimes);
  });

  it('catches up late ticks deterministically: one late tick logs what on-time ticks log', async () => {
    const run = async (ticks: number[]) => {
      const harness = await Harness.create();
      await harness.send('exercise/start');
      await harness.send('exercise/speed', { speed: 60 });
      const base = harness.wallMs;
      for (const minutes of ticks) await harness.engine.tick(base + minutes * 60_000);
      return harness.engine.events.map((event) => `${event.type}@${event.scenarioMs}`);
    };
    const onTime = await run(Array.from({ length: 60 }, (_, index) => index + 1));
    const late = await run([60]);
    expect(late).toEqual(onTime);
    expect(onTime.some((entry) => entry.startsWith('expected-action.missed@21600000'))).toBe(true);
  });

  it('runs the inject lifecycle: release, delivery by clearance, acknowledgement, met and missed windows, contingency', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(harness.eventsOf('inject.delivered').map((event) => event.payload.role)).toEqual(['ms-a', 'ms-c']);
    expect(await harness.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c')).toMatchObject({
      ok: true,
    });
    expect(await harness.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c')).toMatchObject({
      ok: false,
      code: 'not-now',
    });
    await harness.jumpTo(7 * HOUR);
    expect(harness.eventsOf('expected-action.missed').map((event) => event.payload.actionId)).toEqual([
      'EA-1',
    ]);
    expect(harness.eventsOf('inject.released').map((event) => event.payload.injectId)).toEqual([
      'INJ-1',
      'INJ-2',
    ]);
    const contingency = harness.eventsOf('inject.released')[1]!;
    expect(contingency.scenarioMs).toBe(6 * HOUR);
  });

  it('meets a playbook expected action when its role takes the decision inside the window', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.jumpTo(2 * HOUR);
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    expect(harness.eventsOf('expected-action.met').map((event) => event.payload)).toEqual([
      expect.objectContaining({ injectId: 'INJ-1', actionId: 'EA-1', role: 'ms-a' }),
    ]);
    await harness.jumpTo(13 * HOUR);
    expect(harness.eventsOf('expected-action.missed').map((event) => event.payload.actionId)).toEqual([
      'EA-2',
    ]);
    expect(harness.eventsOf('inject.released').map((event) => event.payload.injectId)).toEqual(['INJ-1']);
  });

  it('releases conditional injects on a state and on a decision, after their delay', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
      'ms-a',
    );
    await harness.jumpTo(2 * HOUR);
    const released = harness
      .eventsOf('inject.released')
      .map((event) => `${event.payload.injectId}@${event.scenarioMs}`);
    expect(released).toEqual(['INJ-1@0', 'INJ-4@0', 'INJ-3@3600000']);
  });

  it('holds a triggered inject until its notBefore time', async () => {
    const text = readFileSync(MINI_SCENARIO_PATH, 'utf8').replace(
      '    when: { decision: { machine: solidarity, event: INVOKE, role: ms-a, instance: arland } }\n',
      '    when: { decision: { machine: solidarity, event: INVOKE, role: ms-a, instance: arland } }\n    notBefore: T+3h\n',
    );
    const harness = await Harness.create(text);
    await harness.startAtMaxSpeed();
    await harness.send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
      'ms-a',
    );
    await harness.jumpTo(4 * HOUR);
    const released = harness
      .eventsOf('inject.released')
      .map((event) => `${event.payload.injectId}@${event.scenarioMs}`);
    expect(released).toContain(`INJ-4@${3 * HOUR}`);
  });

  it('lets control hold, reschedule, edit and skip injects before release, and send ad-hoc ones', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(await harness.send('inject/edit', { injectId: 'INJ-1', changes: { title: 'x' } })).toMatchObject({
      ok: false,
      code: 'not-now',
    });
    expect(await harness.send('inject/reschedule', { injectId: 'INJ-3', at: 'T+1h' })).toMatchObject({
      ok: true,
    });
    expect(
      await harness.send('inject/edit', {
        injectId: 'INJ-3',
        changes: { text: 'Allies ask for a briefing today.', to: ['ms-a', 'nac'] },
      }),
    ).toMatchObject({ ok: true });
    await harness.jumpTo(2 * HOUR);
    const released = harness.eventsOf('inject.released').find((event) => event.payload.injectId === 'INJ-3');
    expect(released?.payload.content).toMatchObject({
      text: 'Allies ask for a briefing today.',
      to: ['ms-a', 'nac'],
    });
    expect(await harness.send('inject/skip', { injectId: 'INJ-4' }, 'simcell')).toMatchObject({ ok: true });
    expect(await harness.send('inject/release-now', { injectId: 'INJ-4' })).toMatchObject({
      ok: false,
      code: 'not-now',
    });
    const adhoc = await harness.send(
      'inject/send-adhoc',
      {
        title: 'Press call',
        text: 'A journalist calls.',
        from: 'press',
        to: ['ms-c'],
        channel: 'phone',
        marking: 'PUBLIC',
      },
      'simcell',
    );
    expect(adhoc.ok).toBe(true);
    expect(harness.eventsOf('inject.delivered').at(-1)?.payload).toMatchObject({ role: 'ms-c' });
  });
});

describe('ExerciseEngine: messages, visibility, station views', () => {
  it('blocks and logs a delivery a role may not see', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const reply = await harness.send(
      'message/send',
      { to: ['ms-a', 'ms-c'], marking: 'NATO-ONLY', subject: 'Allied line', body: 'Text.' },
      'nac',
    );
    expect(reply.ok).toBe(true);
    expect(harness.eventsOf('message.delivered').map((event) => event.payload.role)).toEqual(['ms-a']);
    expect(harness.eventsOf('message.blocked').map((event) => event.payload.role)).toEqual(['ms-c']);
    expect(harness.engine.stationView('ms-c').events.some((event) => event.marking === 'NATO-ONLY')).toBe(
      false,
    );
  });

  it('tells the sender, in its own stream, whom its marking blocked and who read it; nobody else', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send(
      'message/send',
      { to: ['ms-a', 'ms-c'], marking: 'NATO-ONLY', subject: 'Allied line', body: 'Text.', messageId: 'M-N' },
      'nac',
    );
    await harness.send('message/read', { messageId: 'M-N' }, 'ms-a');
    const outcomes = (role: string) =>
      harness.engine
        .stationView(role)
        .events.filter((event) => event.type === 'message.blocked' || event.type === 'message.read')
        .map((event) => [event.type, 'role' in event.payload ? event.payload.role : null]);
    // nac sent it under NATO-ONLY: ms-c (EU only) was blocked, ms-a (cleared) read it.
    expect(outcomes('nac')).toEqual([
      ['message.blocked', 'ms-c'],
      ['message.read', 'ms-a'],
    ]);
    expect(outcomes('ms-c')).toEqual([]);
    expect(outcomes('ms-a')).toEqual([['message.read', 'ms-a']]);
  });

  it('gives each role its own contiguous stream, resumable from any point, without global seq', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send(
      'message/send',
      { to: ['ms-c'], marking: 'EU-ONLY', subject: 'Hello', body: 'Text.' },
      'ms-a',
    );
    const full = harness.engine.stationView('ms-c');
    expect(full.events.map((event) => event.streamSeq)).toEqual(full.events.map((_, index) => index + 1));
    expect(full.events.every((event) => !('seq' in event))).toBe(true);
    const tail = harness.engine.stationView('ms-c', full.streamSeq - 2);
    expect(tail.events).toEqual(full.events.slice(-2));
    expect(
      full.events.some((event) => event.type === 'exercise.created' || event.type === 'inject.released'),
    ).toBe(false);
  });

  it('lists exactly the decisions a role owns that its mechanisms accept now', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const open = (role: string) =>
      harness.engine
        .stationView(role)
        .openDecisions.map(
          (decision) => `${decision.machine}:${decision.event}${decision.newCase ? '+' : ''}`,
        );
    expect(open('presidency')).toEqual(['crisis:ACTIVATE']);
    expect(open('ms-a')).toEqual(['crisis:CONSULT', 'crisis:RAPID_ALERT', 'solidarity:INVOKE+']);
    expect(open('nac')).toEqual([]);
  });
});

describe('ExerciseEngine: replay and restart', () => {
  it('replaying the log gives exactly the live state', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    await harness.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency');
    await harness.jumpTo(30 * HOUR);
    expect(replay(harness.engine.events, harness.engine.content)).toEqual(harness.engine.state);
  });

  it('reopens from its store and resumes after a restart without advancing scenario time over the gap', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    await harness.engine.tick(harness.wallMs + HOUR);
    const { ExerciseEngine } = await import('./exercise-engine');
    const reopened = await ExerciseEngine.open(harness.store);
    expect(reopened.state).toEqual(harness.engine.state);
    // Scenario time resumes where the log last recorded it; the gap since the last logged event is logged.
    const scenarioBefore = reopened.state.lastScenarioMs;
    const lastWall = reopened.state.lastWallMs;
    const later = harness.wallMs + 10 * HOUR;
    const [resumed] = await reopened.resumeAfterRestart(later);
    expect(resumed).toMatchObject({
      type: 'clock.resumed',
      scenarioMs: scenarioBefore,
      payload: { afterRestart: true, gapMs: later - lastWall },
    });
    expect(reopened.scenarioTimeAt(later + 60_000)).toBe(scenarioBefore + 60_000);
  });

  it('resumes from the host’s last sign of life: what fell due by then happened, and only the rest is the gap', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    const startWall = harness.wallMs;
    const { ExerciseEngine } = await import('./exercise-engine');
    const reopened = await ExerciseEngine.open(harness.store);
    // The host lived on for 30 scenario hours after its last event (speed 1), then died; it restarts 10 h later.
    const aliveUntil = startWall + 30 * HOUR;
    const later = aliveUntil + 10 * HOUR;
    const batch = await reopened.resumeAfterRestart(later, aliveUntil);
    // Oracle: an engine that was simply told the time at the last sign of life logs the same events.
    const witness = await Harness.create();
    await witness.send('exercise/start');
    const due = await witness.engine.tick(aliveUntil);
    expect(due.length).toBeGreaterThan(0);
    expect(batch.slice(0, -1).map((event) => [event.type, event.scenarioMs])).toEqual(
      due.map((event) => [event.type, event.scenarioMs]),
    );
    expect(batch.at(-1)).toMatchObject({
      type: 'clock.resumed',
      scenarioMs: 30 * HOUR,
      wallMs: later,
      payload: { afterRestart: true, gapMs: 10 * HOUR },
    });
    expect(reopened.scenarioTimeAt(later + 60_000)).toBe(30 * HOUR + 60_000);
  });

  it('takes no sign of life from before its last event: the gap then starts at the last event', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    const { ExerciseEngine } = await import('./exercise-engine');
    const reopened = await ExerciseEngine.open(harness.store);
    const { lastWallMs, lastScenarioMs } = reopened.state;
    const [resumed] = await reopened.resumeAfterRestart(lastWallMs + HOUR, lastWallMs - HOUR);
    expect(resumed).toMatchObject({ scenarioMs: lastScenarioMs, payload: { gapMs: HOUR } });
  });
});
