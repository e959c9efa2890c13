// The version dispatch of log lines: a line of an older envelope goes through the named steps in order, a
// newer one is refused, a missing step is named, with a made-up v1 → v2 → v3 chain; the real steps
// (EVENT_MIGRATIONS) each get a test of their own below.
import { describe, expect, it } from 'vitest';
import { testEvent } from '../../test/event-store-contract';
import { EVENT_ENVELOPE_VERSION } from '../ports/index';
import { decodeEvent } from './decode-event';
import { EVENT_MIGRATIONS, migrationPath, type EventMigration } from './event-migrations';

/** A line's payload fields, read without trusting it (a step sees the line before any check). */
const fieldsOf = (line: Record<string, unknown>): Record<string, unknown> => ({ ...Object(line['payload']) });

/** A v1 line whose message said `text`, which a v2 renamed `body` and a v3 split into subject and body. */
const steps: EventMigration[] = [
  {
    from: 2,
    name: 'v2 → v3: the first line of the body is the subject',
    migrate: (line) => {
      const fields = fieldsOf(line);
      const [subject = '', ...rest] = String(fields.body).split('\n');
      return { ...line, v: 3, payload: { ...fields, subject, body: rest.join('\n') } };
    },
  },
  {
    from: 1,
    name: 'v1 → v2: text is called body',
    migrate: (line) => {
      const { text, ...fields } = fieldsOf(line);
      return { ...line, v: 2, payload: { ...fields, body: text } };
    },
  },
];

describe('event envelope versions', () => {
  it('this version writes envelope v5 and reads v1 to v4 through their steps', () => {
    expect(EVENT_ENVELOPE_VERSION).toBe(5);
    expect(EVENT_MIGRATIONS.map((step) => [step.from, step.name])).toEqual([
      [1, 'message-blocked-told-to-sender'],
      [2, 'station-access-events-added'],
      [3, 'improvement-plan-and-answered-injects-added'],
      [4, 'what-if-branches-added'],
    ]);
    expect(migrationPath(5, 5)).toEqual([]);
  });

  it('finds the steps from a version to another, in order, or names the missing one', () => {
    expect((migrationPath(1, 3, steps) as EventMigration[]).map((step) => step.from)).toEqual([1, 2]);
    expect(migrationPath(2, 3, steps)).toEqual([steps[0]]);
    expect(migrationPath(1, 4, steps)).toBe('no migration step from event envelope v3 to v4');
  });

  it('migrates an old line step by step, then checks it as a line of the current version', () => {
    const current = testEvent('ex', 1);
    const { subject, body, ...rest } = current.payload;
    const old = { ...current, v: 1, payload: { ...rest, text: `${subject}\n${body}` } };
    const options = { trusted: false, migrations: steps, currentVersion: 3 };
    expect(decodeEvent(old, options)).toEqual({ ok: true, event: { ...current, v: 3 }, migrated: true });
    // A line of the version it is read with is the event as parsed, not migrated.
    expect(decodeEvent(current, { trusted: false })).toEqual({ ok: true, event: current, migrated: false });
    // Without the steps the same line is refused: proof they did the work.
    expect(decodeEvent(old, { ...options, migrations: [] })).toEqual({
      ok: false,
      message: 'no migration step from event envelope v1 to v2',
    });
  });

  it('refuses a line of a newer version than this one reads', () => {
    expect(decodeEvent({ ...testEvent('ex', 1), v: 4 }, { trusted: true, currentVersion: 3 })).toEqual({
      ok: false,
      message:
        'written by a newer version of the app (event envelope v4; this version reads up to v3): open it with that version or a later one',
    });
  });
});

describe('step message-blocked-told-to-sender (v1 → v2)', () => {
  // A v1 line as version 1 wrote it (test/fixtures/journals/hand-played-combined-v1 has one like it).
  const v1Blocked = {
    v: 1,
    seq: 40,
    exerciseId: 'ex',
    type: 'message.blocked',
    scenarioMs: 7_200_000,
    wallMs: 1_700_000_000_000,
    commandId: 'c-9',
    actor: { role: 'eu-liaison-nato', station: 'station-1', actingAs: null },
    marking: 'EU-ONLY',
    audience: ['control', 'evaluation'],
    payload: { messageId: 'M-39', role: 'nato-liaison', marking: 'EU-ONLY', from: 'eu-liaison-nato' },
  };

  it('addresses a block to its sender as well, and changes nothing else', () => {
    const decoded = decodeEvent(v1Blocked, { trusted: false });
    expect(decoded).toEqual({
      ok: true,
      // Read today: on through v2 → v3 → v4 → v5, which change nothing more.
      event: { ...v1Blocked, v: 5, audience: ['control', 'evaluation', 'role:eu-liaison-nato'] },
      migrated: true,
    });
  });

  it('only raises the version of every other line', () => {
    const read = { ...v1Blocked, type: 'message.read', audience: ['role:x', 'control'] };
    read.payload = { messageId: 'M-39', role: 'x', from: 'eu-liaison-nato' } as typeof read.payload;
    expect(decodeEvent(read, { trusted: false })).toEqual({
      ok: true,
      event: { ...read, v: 5 },
      migrated: true,
    });
  });
});

describe('step station-access-events-added (v2 → v3)', () => {
  it('reads every v2 line as it was: v3 only adds event types a v2 line cannot be', () => {
    const v2 = { ...testEvent('ex', 7), v: 2 };
    const step = EVENT_MIGRATIONS.find((entry) => entry.from === 2);
    expect(step?.migrate(v2)).toEqual({ ...v2, v: 3 });
    expect(decodeEvent(v2, { trusted: false })).toEqual({ ok: true, event: { ...v2, v: 5 }, migrated: true });
  });

  it('makes an app of v2 refuse a v3 journal by its version, not by an unknown type', () => {
    const joined = {
      ...testEvent('ex', 8),
      v: 3,
      type: 'station.joined',
      payload: {
        station: 'st-1',
        roles: ['ms-a'],
        kind: 'player',
        via: 'code',
        codeId: 'c-1',
        address: '10.0.0.7',
      },
    };
    expect(decodeEvent(joined, { trusted: false, currentVersion: 2 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/written by a newer version of the app \(event envelope v3/),
    });
    expect(decodeEvent(joined, { trusted: false })).toMatchObject({ ok: true, migrated: true });
  });
});

describe('step improvement-plan-and-answered-injects-added (v3 → v4)', () => {
  it('reads every v3 line as it was: v4 only adds event types and an optional field a v3 line has not', () => {
    const v3 = { ...testEvent('ex', 9), v: 3 };
    const step = EVENT_MIGRATIONS.find((entry) => entry.from === 3);
    expect(step?.migrate(v3)).toEqual({ ...v3, v: 4 });
    expect(decodeEvent(v3, { trusted: false })).toEqual({ ok: true, event: { ...v3, v: 5 }, migrated: true });
  });

  it('makes an app of v3 refuse a v4 journal by its version, not by an unknown type', () => {
    const added = {
      ...testEvent('ex', 10),
      v: 4,
      type: 'corrective-action.added',
      payload: {
        actionId: 'CA-1',
        what: 'x',
        owner: 'ms-a',
        due: null,
        objectiveId: null,
        observationIds: [],
      },
    };
    expect(decodeEvent(added, { trusted: false })).toMatchObject({ ok: true, migrated: true });
    expect(decodeEvent(added, { trusted: false, currentVersion: 3 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/written by a newer version of the app \(event envelope v4/),
    });
  });
});

describe('step what-if-branches-added (v4 → v5)', () => {
  it('reads every v4 line as it was: v5 only adds exercise.branched, which a v4 line cannot be', () => {
    const v4 = { ...testEvent('ex', 11), v: 4 };
    const step = EVENT_MIGRATIONS.find((entry) => entry.from === 4);
    expect(step?.migrate(v4)).toEqual({ ...v4, v: 5 });
    expect(decodeEvent(v4, { trusted: false })).toEqual({ ok: true, event: { ...v4, v: 5 }, migrated: true });
  });

  it('makes an app of v4 refuse a branch’s journal by its version, not by an unknown type', () => {
    const branched = {
      ...testEvent('ex', 12),
      v: 5,
      type: 'exercise.branched',
      marking: null,
      audience: ['control', 'evaluation'],
      payload: {
        name: 'What if',
        origin: { exerciseId: 'origin', name: 'Origin' },
        atSeq: 11,
        prefixSha256: 'c'.repeat(64),
      },
    };
    expect(decodeEvent(branched, { trusted: false })).toMatchObject({ ok: true, migrated: false });
    expect(
      decodeEvent({ ...branched, payload: { ...branched.payload, atSeq: 0 } }, { trusted: false }),
    ).toMatchObject({
      ok: false,
    });
    expect(decodeEvent(branched, { trusted: false, currentVersion: 4 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/written by a newer version of the app \(event envelope v5/),
    });
  });
});
