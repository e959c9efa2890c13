import { describe, expect, it } from 'vitest';
import { COMMAND_AUTHORITY, COMMAND_SCHEMAS, isCommandType, type CommandAuthority } from './command-schemas';

/** Who sends what, copied by hand from the command table of docs/event-log.md. */
const DOCUMENTED: Record<CommandAuthority, string[]> = {
  excon: [
    'exercise/start',
    'exercise/pause',
    'exercise/resume',
    'exercise/speed',
    'exercise/jump-next',
    'exercise/jump-to',
    'exercise/end',
    'exercise/no-play',
    'decision/void',
    'role/auto-play',
  ],
  control: [
    'inject/release-now',
    'inject/hold',
    'inject/skip',
    'inject/reschedule',
    'inject/edit',
    'inject/send-adhoc',
  ],
  player: ['decision/take', 'message/send', 'message/read', 'inject/acknowledge'],
  evaluation: [
    'observation/record',
    'observation/amend',
    'rating/give',
    'expected-action/mark',
    'corrective-action/add',
    'corrective-action/amend',
    'corrective-action/withdraw',
  ],
};

describe('the commands and who may send them', () => {
  it('are exactly the commands docs/event-log.md lists, each for the senders it names', () => {
    const documented = Object.values(DOCUMENTED).flat();
    expect(Object.keys(COMMAND_SCHEMAS).sort()).toEqual([...documented].sort());
    for (const [authority, types] of Object.entries(DOCUMENTED)) {
      for (const type of types)
        expect(COMMAND_AUTHORITY[type as keyof typeof COMMAND_AUTHORITY], type).toBe(authority);
    }
  });

  it('knows a command type by its own name, never by a name every object has', () => {
    expect(isCommandType('decision/take')).toBe(true);
    expect(isCommandType('expected-action/mark')).toBe(true);
    for (const name of [
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'decision/Take',
      'decision',
      '',
    ])
      expect(isCommandType(name), name).toBe(false);
  });
});

describe('the payload schemas', () => {
  it('take no fields beyond their own', () => {
    expect(COMMAND_SCHEMAS['exercise/start'].safeParse({}).success).toBe(true);
    expect(COMMAND_SCHEMAS['exercise/start'].safeParse({ speed: 1 }).success).toBe(false);
    expect(COMMAND_SCHEMAS['inject/hold'].safeParse({ injectId: 'INJ-1', reason: 'x' }).success).toBe(false);
  });

  it('accept a decision’s field values as text, numbers or yes/no only', () => {
    const take = (fields: unknown) =>
      COMMAND_SCHEMAS['decision/take'].safeParse({ machine: 'crisis', event: 'ESCALATE', fields }).success;
    expect(take({ reason: 'port closed', ships: 3, urgent: true })).toBe(true);
    expect(take({ reason: null })).toBe(false);
    expect(take({ reason: ['a'] })).toBe(false);
  });

  it('hold texts to their limits: 500 characters for a subject, 20 000 for a body', () => {
    const send = (subject: string, body: string) =>
      COMMAND_SCHEMAS['message/send'].safeParse({ to: ['ms-c'], marking: 'PUBLIC', subject, body }).success;
    expect(send('s'.repeat(500), 'b'.repeat(20_000))).toBe(true);
    expect(send('s'.repeat(501), 'b')).toBe(false);
    expect(send('s', 'b'.repeat(20_001))).toBe(false);
    expect(send('', 'b')).toBe(false);
  });

  it('let a safety stop come with or without its notice, and an auto-play be set or cleared', () => {
    expect(COMMAND_SCHEMAS['exercise/no-play'].safeParse({ on: true }).success).toBe(true);
    expect(COMMAND_SCHEMAS['exercise/no-play'].safeParse({ on: true, notice: 'Fire alarm' }).success).toBe(
      true,
    );
    expect(COMMAND_SCHEMAS['exercise/no-play'].safeParse({ notice: 'Fire alarm' }).success).toBe(false);
    for (const policy of ['doctrine', 'late', 'random', null])
      expect(COMMAND_SCHEMAS['role/auto-play'].safeParse({ role: 'ms-a', policy }).success).toBe(true);
    expect(COMMAND_SCHEMAS['role/auto-play'].safeParse({ role: 'ms-a', policy: 'clever' }).success).toBe(
      false,
    );
  });
});
