import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { ExerciseCommand } from '../ports/index';
import { EngineCore } from './engine-core';
import type { EngineState } from './engine-state';
import { handleCommand } from './handle-command';

type Sent = { role: string; actingAs?: string; type: string; payload?: Record<string, unknown> };

/** Handle one command on a copy of the harness's state; the batch shows what it emitted. */
function handle(harness: Harness, sent: Sent) {
  const { engine } = harness;
  const command: ExerciseCommand = {
    commandId: 'c',
    type: sent.type,
    issuedBy: { role: sent.role, station: 'test' },
    ...(sent.actingAs ? { actingAs: sent.actingAs } : {}),
    payload: sent.payload ?? {},
  };
  const state = structuredClone(engine.state) as EngineState;
  const core = new EngineCore(
    state,
    engine.content.playbook,
    engine.content.scenario,
    engine.roles,
    harness.wallMs,
    command,
  );
  const refusal = handleCommand(core, command);
  if (refusal) expect(core.batch, 'a refused command emits nothing').toEqual([]);
  return refusal ?? { ok: core.batch.map((event) => event.type)[0] };
}

const message = { to: ['ms-c'], marking: 'PUBLIC', subject: 'Update', body: 'Text.' };
const consult = { machine: 'crisis', event: 'CONSULT' };
const observation = { text: 'Slow alert' };

const harness = await Harness.create();
await harness.startAtMaxSpeed();

// Who may send what (docs/event-log.md, Commands): EXCON the clock and voids; control roles the MSEL and any
// player command as a player; players decisions and messages; evaluators and EXCON the evaluation record. A
// control role may also send a message in its own name (SimCell answering as itself).
// Columns: issuer, acting as, command, then what the engine answers: the first event, or the refusal.
const TABLE: [string, string | undefined, string, Record<string, unknown>, object][] = [
  ['excon', undefined, 'exercise/pause', {}, { ok: 'clock.paused' }],
  [
    'simcell',
    undefined,
    'exercise/pause',
    {},
    {
      code: 'not-allowed',
      reason: 'exercise/pause is for exercise control; simcell may not send it',
      field: 'issuedBy.role',
    },
  ],
  ['simcell', undefined, 'inject/hold', { injectId: 'INJ-3' }, { ok: 'inject.held' }],
  [
    'ms-a',
    undefined,
    'inject/hold',
    { injectId: 'INJ-3' },
    {
      code: 'not-allowed',
      reason: 'inject/hold is for control roles; ms-a may not send it',
      field: 'issuedBy.role',
    },
  ],
  ['ms-a', undefined, 'decision/take', consult, { ok: 'decision.taken' }],
  [
    'excon',
    undefined,
    'decision/take',
    consult,
    {
      code: 'not-allowed',
      reason: 'decision/take is for players; excon may not send it',
      field: 'issuedBy.role',
    },
  ],
  ['simcell', 'ms-c', 'decision/take', consult, { ok: 'decision.taken' }],
  [
    'simcell',
    'excon',
    'decision/take',
    consult,
    { code: 'not-allowed', reason: 'decision/take is for players; excon may not send it', field: 'actingAs' },
  ],
  [
    'ms-a',
    'ms-c',
    'decision/take',
    consult,
    {
      code: 'not-allowed',
      reason: 'only control roles may act as another role; ms-a may not',
      field: 'actingAs',
    },
  ],
  [
    'simcell',
    'ghost',
    'decision/take',
    consult,
    {
      code: 'not-allowed',
      reason: 'role "ghost" is neither in this exercise nor in the playbook',
      field: 'actingAs',
    },
  ],
  [
    'ghost',
    undefined,
    'message/send',
    message,
    { code: 'not-allowed', reason: 'role "ghost" is not in this exercise', field: 'issuedBy.role' },
  ],
  ['simcell', undefined, 'message/send', message, { ok: 'message.sent' }],
  [
    'excon',
    'simcell',
    'message/send',
    message,
    {
      code: 'not-allowed',
      reason: 'message/send is for players; simcell may not send it',
      field: 'actingAs',
    },
  ],
  ['press', undefined, 'message/send', message, { ok: 'message.sent' }],
  ['excon', undefined, 'observation/record', observation, { ok: 'observation.recorded' }],
  [
    'simcell',
    undefined,
    'observation/record',
    observation,
    {
      code: 'not-allowed',
      reason: 'observation/record is for evaluators; simcell may not send it',
      field: 'issuedBy.role',
    },
  ],
  ['ms-a', undefined, 'observation/record', observation, { code: 'not-allowed', field: 'issuedBy.role' }],
  // The schema comes first: an unknown command is unknown whoever sends it.
  ['ghost', undefined, 'exercise/fly', {}, { code: 'unknown-command', field: 'type' }],
  ['ghost', undefined, 'exercise/speed', { speed: 7 }, { code: 'invalid-command', field: 'payload.speed' }],
];

describe('who may send each command', () => {
  it.each(TABLE)('%s (acting as %s) sending %s', (role, actingAs, type, payload, answer) => {
    expect(handle(harness, { role, ...(actingAs ? { actingAs } : {}), type, payload })).toMatchObject(answer);
  });
});

describe('when a command may be sent', () => {
  it('takes only exercise commands, auto-play and the evaluation record before STARTEX', async () => {
    const ready = await Harness.create();
    const notStarted = { code: 'not-now', reason: 'the exercise has not started (STARTEX)' };
    expect(handle(ready, { role: 'ms-a', type: 'message/send', payload: message })).toEqual(notStarted);
    expect(handle(ready, { role: 'simcell', type: 'inject/hold', payload: { injectId: 'INJ-3' } })).toEqual(
      notStarted,
    );
    expect(
      handle(ready, { role: 'excon', type: 'role/auto-play', payload: { role: 'nac', policy: 'late' } }),
    ).toEqual({
      ok: 'role.auto-play-set',
    });
    expect(handle(ready, { role: 'excon', type: 'observation/record', payload: observation })).toEqual({
      ok: 'observation.recorded',
    });
    expect(handle(ready, { role: 'excon', type: 'exercise/start' })).toEqual({ ok: 'exercise.started' });
  });

  it('takes only the evaluation record after ENDEX', async () => {
    const ended = await Harness.create();
    await ended.startAtMaxSpeed();
    await ended.send('exercise/end');
    const over = {
      code: 'exercise-ended',
      reason: 'the exercise has ended (ENDEX); only evaluation can still be recorded',
    };
    expect(handle(ended, { role: 'ms-a', type: 'message/send', payload: message })).toEqual(over);
    expect(handle(ended, { role: 'excon', type: 'exercise/pause' })).toEqual(over);
    expect(
      handle(ended, { role: 'excon', type: 'role/auto-play', payload: { role: 'nac', policy: null } }),
    ).toEqual(over);
    expect(handle(ended, { role: 'excon', type: 'observation/record', payload: observation })).toEqual({
      ok: 'observation.recorded',
    });
    // Authority is checked before the state: a player's evaluation command is still not for players.
    expect(handle(ended, { role: 'ms-a', type: 'observation/record', payload: observation })).toMatchObject({
      code: 'not-allowed',
    });
  });
});

describe('the safety stop stops play', () => {
  it('refuses every player command, also control acting as a player; control and evaluation carry on', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    expect(await harness.send('exercise/no-play', { on: true, notice: 'Fire alarm' })).toMatchObject({
      ok: true,
    });
    const before = harness.engine.events.length;
    const stopped = {
      ok: false,
      code: 'no-play',
      reason:
        'play is stopped for a real-world reason (NO PLAY): nothing is taken until exercise control lifts it',
    };
    const decision = { machine: 'crisis', event: 'RAPID_ALERT', fields: {} };
    expect(await harness.send('decision/take', decision, 'ms-a')).toMatchObject(stopped);
    expect(await harness.send('decision/take', decision, 'simcell', { actingAs: 'ms-a' })).toMatchObject(
      stopped,
    );
    const message = { to: ['presidency'], marking: 'PUBLIC', subject: 'Still there?', body: 'b' };
    expect(await harness.send('message/send', message, 'ms-a')).toMatchObject(stopped);
    expect(await harness.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c')).toMatchObject(stopped);
    expect(harness.engine.events).toHaveLength(before);
    // Evaluation and control keep working.
    expect(await harness.send('observation/record', { text: 'Stop called calmly' }, 'excon')).toMatchObject({
      ok: true,
    });
    expect(await harness.send('inject/hold', { injectId: 'INJ-2' })).toMatchObject({ ok: true });
    // Lifted, play resumes.
    await harness.send('exercise/no-play', { on: false });
    expect(await harness.send('decision/take', decision, 'ms-a')).toMatchObject({ ok: true });
  });
});
