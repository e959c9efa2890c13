import { describe, expect, it } from 'vitest';
import type { ExerciseCommand } from '../ports/index';
import { parseCommand } from './parse-command';

/** A command as it comes off the wire: JSON, whatever its payload holds. */
function command(type: string, payload: unknown): ExerciseCommand {
  const wire: ExerciseCommand = JSON.parse(
    JSON.stringify({ commandId: 'c-1', type, issuedBy: { role: 'excon', station: 'console' }, payload }),
  );
  return wire;
}

describe('checking a command from outside', () => {
  it.each([
    ['an unknown type', 'exercise/fly', {}, 'unknown-command', 'type', 'unknown command "exercise/fly"'],
    ['a name every object has', 'toString', {}, 'unknown-command', 'type', 'unknown command "toString"'],
    ['a payload that is no object', 'decision/take', 'CONSULT', 'invalid-command', 'payload', /object/],
    ['a speed not offered', 'exercise/speed', { speed: 7 }, 'invalid-command', 'payload.speed', /./],
    ['a negative jump', 'exercise/jump-to', { scenarioMs: -1 }, 'invalid-command', 'payload.scenarioMs', /0/],
    [
      'a jump to a fraction of a ms',
      'exercise/jump-to',
      { scenarioMs: 1.5 },
      'invalid-command',
      'payload.scenarioMs',
      /int/,
    ],
    [
      'an edit that changes nothing',
      'inject/edit',
      { injectId: 'INJ-1', changes: {} },
      'invalid-command',
      'payload.changes',
      'name at least one field to change',
    ],
    [
      'an edit to nobody',
      'inject/edit',
      { injectId: 'INJ-1', changes: { to: [] } },
      'invalid-command',
      'payload.changes.to',
      /1/,
    ],
    [
      'a time that is no scenario time',
      'inject/reschedule',
      { injectId: 'INJ-1', at: 'tomorrow' },
      'invalid-command',
      'payload.at',
      /^must be a scenario time such as "T\+0"/,
    ],
    [
      'an event not in capitals',
      'decision/take',
      { machine: 'crisis', event: 'consult' },
      'invalid-command',
      'payload.event',
      'must be a playbook event name',
    ],
    [
      'a machine that is no id',
      'decision/take',
      { machine: 'Crisis', event: 'CONSULT' },
      'invalid-command',
      'payload.machine',
      'must be a role id',
    ],
    [
      'a field value that is an object',
      'decision/take',
      { machine: 'crisis', event: 'ESCALATE', fields: { reason: { why: 1 } } },
      'invalid-command',
      'payload.fields.reason',
      /./,
    ],
    [
      'a marking in lower case',
      'message/send',
      { to: ['ms-c'], marking: 'eu-only', subject: 's', body: 'b' },
      'invalid-command',
      'payload.marking',
      'must be a marking id such as "EU-ONLY"',
    ],
    [
      'a recipient that is no role id',
      'message/send',
      { to: ['MS C'], marking: 'EU-ONLY', subject: 's', body: 'b' },
      'invalid-command',
      'payload.to[0]',
      'must be a role id',
    ],
    [
      'an unknown channel',
      'inject/send-adhoc',
      { title: 't', text: 'x', from: 'press', to: ['ms-c'], channel: 'pigeon', marking: 'PUBLIC' },
      'invalid-command',
      'payload.channel',
      /"phone"/,
    ],
    [
      'a rating off the scale',
      'rating/give',
      { objectiveId: 'obj', rating: 'X', rationale: 'r' },
      'invalid-command',
      'payload.rating',
      /"P"\|"S"\|"M"\|"U"/,
    ],
    ['an empty observation', 'observation/record', { text: '' }, 'invalid-command', 'payload.text', /1/],
    [
      'a missing inject id',
      'inject/hold',
      {},
      'invalid-command',
      'payload.injectId',
      'missing required field "injectId"',
    ],
  ] as const)('refuses %s, naming the field', (_, type, payload, code, field, reason) => {
    const refused = parseCommand(command(type, payload));
    expect(refused).toMatchObject({ code, field });
    if (!('code' in refused)) throw new Error('accepted');
    if (typeof reason === 'string') expect(refused.reason).toBe(reason);
    else expect(refused.reason).toMatch(reason);
  });

  it('refuses a field the payload does not have, naming it', () => {
    const refused = parseCommand(command('exercise/start', { at: 'now' }));
    expect(refused).toMatchObject({ code: 'invalid-command' });
    expect('code' in refused && refused.reason).toContain('"at"');
  });

  it('hands on the type and the parsed payload, with its defaults filled in', () => {
    expect(
      parseCommand(command('message/send', { to: ['ms-c'], marking: 'EU-ONLY', subject: 's', body: 'b' })),
    ).toEqual({
      type: 'message/send',
      payload: { to: ['ms-c'], marking: 'EU-ONLY', subject: 's', body: 'b', injectRefs: [] },
    });
    expect(parseCommand(command('decision/take', { machine: 'crisis', event: 'CONSULT' }))).toEqual({
      type: 'decision/take',
      payload: { machine: 'crisis', event: 'CONSULT', fields: {} },
    });
    const adhoc = { title: 't', text: 'x', from: 'press', to: ['ms-c'], channel: 'phone', marking: 'PUBLIC' };
    expect(parseCommand(command('inject/send-adhoc', adhoc))).toEqual({
      type: 'inject/send-adhoc',
      payload: { ...adhoc, priority: 'routine' },
    });
    expect(parseCommand(command('role/auto-play', { role: 'ms-a', policy: null }))).toEqual({
      type: 'role/auto-play',
      payload: { role: 'ms-a', policy: null },
    });
  });
});
