import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import { natoNotLiveEngine } from '../../test/fixtures/nato-not-live';
import type { EngineCore } from './engine-core';
import { takeDecision, voidDecision } from './handle-decisions';

/** A unit of work as `role` (or control acting as it) on a copy of the harness's state. */
const work = (harness: Harness, role: string, actingAs?: string): EngineCore =>
  unitOfWork(harness, { role, type: 'decision/take', ...(actingAs ? { actingAs } : {}) });

const types = (core: EngineCore) => core.batch.map((event) => event.type);
const take = (
  machine: string,
  event: string,
  extra: { instance?: string; fields?: Record<string, string | boolean> } = {},
) => ({
  machine,
  event,
  fields: extra.fields ?? {},
  ...(extra.instance ? { instance: extra.instance } : {}),
});

const harness = await Harness.create();
await harness.startAtMaxSpeed();

describe('taking a decision', () => {
  // Worked from test/fixtures/mini-playbook: crisis (standby) and solidarity, one case per Member State.
  it.each([
    [
      'ms-a',
      take('nowhere', 'GO'),
      'unknown-target',
      'payload.machine',
      'no mechanism "nowhere" is in force in this exercise',
    ],
    [
      'ms-a',
      take('crisis', 'FLY'),
      'unknown-target',
      'payload.event',
      'crisis has no decision FLY in force on 2019-06-03',
    ],
    ['nac', take('crisis', 'CONSULT'), 'not-allowed', 'payload.event', 'nac does not own crisis CONSULT'],
    ['press', take('crisis', 'CONSULT'), 'not-allowed', 'payload.event', 'press does not own crisis CONSULT'],
    [
      'presidency',
      take('crisis', 'FORCED_FULL'),
      'not-allowed',
      'payload.event',
      'presidency does not own crisis FORCED_FULL',
    ],
    [
      'ms-a',
      take('solidarity', 'INVOKE', { fields: { overwhelmed: true } }),
      'invalid-command',
      'payload.instance',
      'solidarity runs one case per requesting Member State: say which',
    ],
    [
      'presidency',
      take('crisis', 'ESCALATE'),
      'invalid-command',
      'payload.fields.reason',
      '"Reason" is required',
    ],
    [
      'presidency',
      take('crisis', 'ESCALATE', { fields: { reason: '' } }),
      'invalid-command',
      'payload.fields.reason',
      '"Reason" is required',
    ],
    [
      'presidency',
      take('crisis', 'ACTIVATE'),
      'not-now',
      'payload.event',
      'crisis refuses ACTIVATE: not before "consulted"',
    ],
    [
      'ms-a',
      take('solidarity', 'INVOKE', { instance: 'arland', fields: { overwhelmed: false } }),
      'invalid-command',
      'payload.fields.overwhelmed',
      'solidarity (arland) refuses INVOKE: "Capacities overwhelmed" must be true',
    ],
    [
      'ms-a',
      take('solidarity', 'WITHDRAW', { instance: 'arland' }),
      'not-now',
      'payload.event',
      'solidarity (arland) does not accept WITHDRAW in "none"',
    ],
  ] as const)('refuses %s %j: %s', (role, payload, code, field, reason) => {
    const core = work(harness, role);
    expect(takeDecision(core, payload)).toEqual({ code, reason, field });
    expect(core.batch).toEqual([]);
  });

  it('refuses a decision not yet in force on the exercise’s date', () => {
    const core = work(harness, 'ms-a');
    core.state.date = '2019-01-01'; // the rapid alert exists from 2019-03-18
    expect(takeDecision(core, take('crisis', 'RAPID_ALERT'))).toEqual({
      code: 'unknown-target',
      reason: 'crisis has no decision RAPID_ALERT in force on 2019-01-01',
      field: 'payload.event',
    });
  });

  it('logs the decision for everyone cleared for the mechanism, then the transition it causes', () => {
    const core = work(harness, 'ms-a');
    const decisionId = `D-${core.state.lastSeq + 1}`;
    expect(takeDecision(core, { ...take('crisis', 'CONSULT'), rationale: 'port closed' })).toBeNull();
    expect(types(core)).toEqual(['decision.taken', 'mechanism.transitioned']);
    expect(core.batch[0]).toMatchObject({
      marking: 'EU-ONLY',
      audience: ['players', 'control', 'evaluation'],
      actor: { role: 'ms-a', actingAs: null },
      payload: {
        decisionId,
        actorKey: 'crisis',
        machine: 'crisis',
        instance: null,
        event: 'CONSULT',
        fields: {},
        rationale: 'port closed',
      },
    });
    expect(core.batch[1]?.payload).toMatchObject({
      cause: { kind: 'decision', decisionId },
      from: 'standby',
      to: 'standby',
    });
    expect(core.state.actors.crisis?.context.flags.consulted).toBe(true);
  });

  it('opens a new case, follows the route it fires, and releases the injects waiting on it', () => {
    const core = work(harness, 'ms-a');
    // A decision's id is the seq of its decision.taken: here the second event, after the case starts.
    const decisionId = `D-${core.state.lastSeq + 2}`;
    const invoke = take('solidarity', 'INVOKE', { instance: 'arland', fields: { overwhelmed: true } });
    expect(takeDecision(core, invoke)).toBeNull();
    // The case starts, the decision moves it to invoked (whose lapse timer starts), its route forces crisis
    // to full, whose drafting state INJ-3 waits for; INJ-4 waits for this very decision.
    expect(types(core)).toEqual([
      'mechanism.started',
      'decision.taken',
      'mechanism.transitioned',
      'timer.scheduled',
      'route.sent',
      'mechanism.transitioned',
      'inject.triggered',
      'inject.triggered',
    ]);
    expect(
      core.batch.filter((event) => event.type === 'inject.triggered').map((event) => event.payload),
    ).toEqual([
      { injectId: 'INJ-3', dueMs: HOUR, cause: { state: 'full.measures.drafting', actorKey: 'crisis' } },
      { injectId: 'INJ-4', dueMs: 0, cause: { decisionId } },
    ]);
    expect(core.state.actors['solidarity#arland']?.value).toBe('invoked');
  });

  it('meets the expected action it answers, for the role control plays', () => {
    const core = work(harness, 'simcell', 'ms-a');
    expect(takeDecision(core, take('crisis', 'RAPID_ALERT'))).toBeNull();
    const met = core.batch.find((event) => event.type === 'expected-action.met');
    expect(met?.payload).toMatchObject({ injectId: 'INJ-1', actionId: 'EA-1', role: 'ms-a' });
    expect(core.batch[0]?.actor).toEqual({ role: 'simcell', station: 'test', actingAs: 'ms-a' });
  });
});

describe('voiding a decision', () => {
  it('returns the mechanism to where it was, cancelling the timers of the state it leaves', async () => {
    const played = await Harness.create();
    await played.startAtMaxSpeed();
    await played.send('decision/take', take('crisis', 'CONSULT'), 'ms-a');
    await played.send('decision/take', take('crisis', 'ACTIVATE'), 'presidency');
    const [consult, activate] = played
      .eventsOf('decision.taken')
      .map((event) => event.payload.decisionId) as [string, string];
    const core = work(played, 'excon');
    const older = voidDecision(core, { decisionId: consult, reason: 'x' });
    expect(older).toEqual({
      code: 'not-now',
      reason: `${consult} cannot be voided: only the latest decision on a mechanism can be, and only once (void later decisions on it first)`,
      field: 'payload.decisionId',
    });
    expect(voidDecision(core, { decisionId: 'D-404', reason: 'x' })).toMatchObject({
      code: 'not-now',
      field: 'payload.decisionId',
    });
    expect(voidDecision(core, { decisionId: activate, reason: 'pressed by mistake' })).toBeNull();
    expect(types(core)).toEqual(['decision.voided', 'timer.cancelled', 'mechanism.transitioned']);
    expect(core.batch[0]).toMatchObject({
      marking: 'EU-ONLY',
      payload: { decisionId: activate, reason: 'pressed by mistake' },
    });
    expect(core.batch[2]?.payload).toMatchObject({
      event: null,
      cause: { kind: 'void', decisionId: activate },
      from: 'sharing',
      to: 'standby',
      context: { flags: { consulted: true } },
    });
    expect(core.state.timers).toEqual({});
    expect(voidDecision(core, { decisionId: activate, reason: 'again' })).toMatchObject({ code: 'not-now' });
  });

  it('starts afresh the timers of a state it returns to', async () => {
    const played = await Harness.create();
    await played.startAtMaxSpeed();
    await played.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
    await played.jumpTo(10 * HOUR);
    await played.send('decision/take', take('crisis', 'STAND_DOWN'), 'presidency');
    const standDown = played.eventsOf('decision.taken').at(-1);
    if (!standDown) throw new Error('STAND_DOWN was not taken');
    await played.jumpTo(12 * HOUR);
    const core = work(played, 'excon');
    expect(voidDecision(core, { decisionId: standDown.payload.decisionId, reason: 'too early' })).toBeNull();
    // Back in sharing at T+12h: its 24-hour cycle runs from now, not from when sharing was first entered.
    expect(types(core)).toEqual(['decision.voided', 'mechanism.transitioned', 'timer.scheduled']);
    expect(core.batch[2]?.payload).toMatchObject({
      statePath: 'sharing',
      delay: 'isaaCycle',
      dueMs: 36 * HOUR,
    });
  });
});

describe('control playing a body the scenario does not play', () => {
  // test/fixtures/nato-not-live-scenario.yaml plays no NATO body; by roles.yaml the white cell plays the NAC
  // then, and by eu-nato-link.yaml the NAC owns NAC_STATEMENT (counted in nacStatements) and
  // NAC_CONSULTATIONS_HELD, an Ally (group nato-ally) REQUEST_ARTICLE_4, the EU liaison STAFF_CONTACT.
  const statement = {
    machine: 'eu-nato-link',
    event: 'NAC_STATEMENT',
    fields: { text: 'Allies stand together.' },
    rationale: 'NATO is not live',
  };

  it('lets the white cell take a NAC decision as the NAC, recorded as played by the white cell', async () => {
    const { engine, send } = await natoNotLiveEngine();
    expect(engine.roles.has('nac')).toBe(false);
    const reply = await send('nato-white-cell', 'decision/take', statement, 'nac');
    expect(reply).toMatchObject({ ok: true });
    const taken = engine.events.find((event) => event.type === 'decision.taken');
    expect(taken?.actor).toEqual({ role: 'nato-white-cell', station: 'test', actingAs: 'nac' });
    expect(taken?.payload).toMatchObject({ machine: 'eu-nato-link', event: 'NAC_STATEMENT' });
    expect(engine.state.actors['eu-nato-link']?.context.counters.nacStatements).toBe(1);
  });

  it('plays an absent Ally with its groups: the guard on the acting role sees them', async () => {
    const { engine, send } = await natoNotLiveEngine();
    const request = { machine: 'eu-nato-link', event: 'REQUEST_ARTICLE_4', fields: {} };
    expect(await send('simcell', 'decision/take', request, 'partner-state')).toMatchObject({ ok: true });
    const held = { machine: 'eu-nato-link', event: 'NAC_CONSULTATIONS_HELD', fields: {} };
    expect(await send('nato-white-cell', 'decision/take', held, 'nac')).toMatchObject({ ok: true });
    expect(engine.state.actors['eu-nato-link']?.context.counters.art4Consultations).toBe(1);
  });

  it.each([
    [
      'a player acting as the body',
      'ms-affected',
      'nac',
      'decision/take',
      statement,
      'only control roles may act as another role; ms-affected may not',
    ],
    [
      'a role in neither the playbook nor the scenario',
      'nato-white-cell',
      'ghost',
      'decision/take',
      statement,
      'role "ghost" is neither in this exercise nor in the playbook',
    ],
    [
      'a playbook role outside the players’ audience that the scenario does not play',
      'excon',
      'observer',
      'decision/take',
      statement,
      'role "observer" is not in this exercise; control plays only the playbook\'s player roles the scenario leaves out, and observer\'s audience is observers',
    ],
    [
      'a message as the body (nothing could answer it)',
      'nato-white-cell',
      'nac',
      'message/send',
      { to: ['eu-liaison-nato'], marking: 'PUBLIC', subject: 'Statement', body: 'Text.' },
      'nac is not played in this exercise: control may take its decisions for it, but not message/send (nothing reaches a body that is not played, and no one could answer it)',
    ],
  ])('refuses %s', async (_case, role, actingAs, type, payload, reason) => {
    const { engine, send } = await natoNotLiveEngine();
    const before = engine.events.length;
    expect(await send(role, type, payload, actingAs)).toMatchObject({
      ok: false,
      code: 'not-allowed',
      field: 'actingAs',
      reason,
    });
    expect(engine.events.length).toBe(before);
  });

  it('checks the owner as if the body took it: the NAC owns no EU staff contact', async () => {
    const { send } = await natoNotLiveEngine();
    const contact = { machine: 'eu-nato-link', event: 'STAFF_CONTACT', fields: {} };
    expect(await send('nato-white-cell', 'decision/take', contact, 'nac')).toMatchObject({
      ok: false,
      code: 'not-allowed',
      field: 'payload.event',
      reason: 'nac does not own eu-nato-link STAFF_CONTACT',
    });
  });

  it('still refuses the white cell a decision in its own name', async () => {
    const { send } = await natoNotLiveEngine();
    expect(await send('nato-white-cell', 'decision/take', statement)).toMatchObject({
      ok: false,
      reason: 'decision/take is for players; nato-white-cell may not send it',
    });
  });
});
