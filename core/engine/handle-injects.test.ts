import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import { EngineCore } from './engine-core';
import {
  acknowledgeInject,
  checkContent,
  editInject,
  holdInject,
  releaseNow,
  rescheduleInject,
  sendAdhoc,
  skipInject,
} from './handle-injects';

/** A unit of work as `role` on a copy of the harness's state. */
const work = (harness: Harness, role = 'simcell'): EngineCore => unitOfWork(harness, { role });

const emitted = (core: EngineCore) =>
  core.batch.map((event) => `${event.type}${'role' in event.payload ? ` ${event.payload.role}` : ''}`);
const controlOnly = ['control', 'evaluation'];

// mini-scenario.yaml at T+0 after STARTEX: INJ-1 is out (to ms-a and ms-c); INJ-2, INJ-3 and INJ-4 wait on
// their conditions. INJ-3 is NATO-ONLY, to ms-a.
const harness = await Harness.create();
await harness.startAtMaxSpeed();

describe('what an inject’s content may name', () => {
  it('is roles of this exercise and markings of the playbook, a fault named by its field', () => {
    const core = work(harness);
    expect(
      checkContent(core, { to: ['ms-a', 'press'], from: 'simcell', marking: 'REL-EU-NATO' }, 'payload'),
    ).toBeNull();
    expect(checkContent(core, { to: ['ms-a', 'ghost'] }, 'payload.changes')).toEqual({
      code: 'unknown-target',
      reason: 'role "ghost" is not in this exercise',
      field: 'payload.changes.to[1]',
    });
    expect(checkContent(core, { from: 'ghost' }, 'payload')).toEqual({
      code: 'unknown-target',
      reason: 'role "ghost" is not in this exercise',
      field: 'payload.from',
    });
    expect(checkContent(core, { marking: 'SECRET' }, 'payload')).toEqual({
      code: 'unknown-target',
      reason: 'unknown marking "SECRET"',
      field: 'payload.marking',
    });
  });
});

describe('the MSEL before release', () => {
  it('releases an inject now, delivering it to the recipients cleared for it', () => {
    const core = work(harness);
    expect(releaseNow(core, { injectId: 'INJ-3' })).toBeNull();
    expect(emitted(core)).toEqual(['inject.released', 'inject.delivered ms-a']);
    expect(core.batch[0]).toMatchObject({
      audience: controlOnly,
      payload: { cause: 'controller', adhoc: false },
    });
    expect(core.state.injects['INJ-3']?.status).toBe('released');
  });

  it.each([
    ['release', releaseNow],
    ['hold', holdInject],
    ['skip', skipInject],
  ] as const)('refuses to %s an inject not in the MSEL, or one already out', (_, handler) => {
    const core = work(harness);
    expect(handler(core, { injectId: 'INJ-404' })).toEqual({
      code: 'unknown-target',
      reason: 'no inject INJ-404 in the MSEL',
      field: 'payload.injectId',
    });
    expect(handler(core, { injectId: 'INJ-1' })).toEqual({
      code: 'not-now',
      reason: 'inject INJ-1 is already released',
      field: 'payload.injectId',
    });
    skipInject(core, { injectId: 'INJ-4' });
    expect(handler(core, { injectId: 'INJ-4' })).toEqual({
      code: 'not-now',
      reason: 'inject INJ-4 is already skipped',
      field: 'payload.injectId',
    });
    expect(core.batch.map((event) => event.type)).toEqual(['inject.skipped']);
  });

  it('holds an inject once, and a held one can still be skipped', () => {
    const core = work(harness);
    expect(holdInject(core, { injectId: 'INJ-3' })).toBeNull();
    expect(holdInject(core, { injectId: 'INJ-3' })).toEqual({
      code: 'not-now',
      reason: 'inject INJ-3 is already held',
      field: 'payload.injectId',
    });
    expect(skipInject(core, { injectId: 'INJ-3' })).toBeNull();
    expect(core.batch.map((event) => [event.type, event.audience, event.payload])).toEqual([
      ['inject.held', controlOnly, { injectId: 'INJ-3' }],
      ['inject.skipped', controlOnly, { injectId: 'INJ-3' }],
    ]);
  });

  it('reschedules an inject to a scenario time still to come', async () => {
    const core = work(harness);
    expect(rescheduleInject(core, { injectId: 'INJ-3', at: 'T+1d2h' })).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({
        type: 'inject.rescheduled',
        payload: { injectId: 'INJ-3', dueMs: 26 * HOUR },
      }),
    ]);
    const later = await Harness.create();
    await later.startAtMaxSpeed();
    await later.jumpTo(3 * HOUR);
    expect(rescheduleInject(work(later), { injectId: 'INJ-3', at: 'T+2h' })).toEqual({
      code: 'not-now',
      reason: 'T+2h is already past',
      field: 'payload.at',
    });
  });

  it('edits an inject with names the exercise knows', () => {
    const core = work(harness);
    expect(editInject(core, { injectId: 'INJ-3', changes: { to: ['ghost'] } })).toMatchObject({
      code: 'unknown-target',
      field: 'payload.changes.to[0]',
    });
    expect(editInject(core, { injectId: 'INJ-3', changes: { marking: 'SECRET' } })).toMatchObject({
      field: 'payload.changes.marking',
    });
    const changes = { text: 'Allies ask today.', to: ['ms-a', 'nac'] };
    expect(editInject(core, { injectId: 'INJ-3', changes })).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({
        type: 'inject.edited',
        audience: controlOnly,
        payload: { injectId: 'INJ-3', changes },
      }),
    ]);
    expect(editInject(core, { injectId: 'INJ-1', changes })).toMatchObject({ code: 'not-now' });
  });
});

describe('ad-hoc injects', () => {
  const adhoc = {
    title: 'Press call',
    text: 'A journalist calls.',
    from: 'press',
    to: ['ms-a', 'nac'],
    channel: 'phone' as const,
    marking: 'EU-ONLY',
    priority: 'flash' as const,
  };

  it('are released at once, numbered by seq unless named, and blocked for a recipient not cleared', () => {
    const core = work(harness);
    const id = `ADHOC-${core.state.lastSeq + 1}`;
    expect(sendAdhoc(core, adhoc)).toBeNull();
    expect(emitted(core)).toEqual(['inject.released', 'inject.delivered ms-a', 'inject.blocked nac']);
    expect(core.batch[0]?.payload).toEqual({
      injectId: id,
      content: {
        title: 'Press call',
        text: 'A journalist calls.',
        from: 'press',
        to: ['ms-a', 'nac'],
        channel: 'phone',
        marking: 'EU-ONLY',
        priority: 'flash',
      },
      deadlines: {},
      cause: 'adhoc',
      adhoc: true,
    });
    expect(core.batch[2]?.payload).toMatchObject({ reason: 'clearance does not allow EU-ONLY' });
    expect(sendAdhoc(core, { ...adhoc, injectId: id })).toEqual({
      code: 'invalid-command',
      reason: `inject id ${id} is taken`,
      field: 'payload.injectId',
    });
    expect(sendAdhoc(core, { ...adhoc, injectId: 'INJ-3' })).toMatchObject({ code: 'invalid-command' });
  });

  it('name only roles and markings the exercise knows', () => {
    const core = work(harness);
    expect(sendAdhoc(core, { ...adhoc, to: ['ms-a', 'ghost'] })).toMatchObject({ field: 'payload.to[1]' });
    expect(sendAdhoc(core, { ...adhoc, from: 'ghost' })).toMatchObject({ field: 'payload.from' });
    expect(core.batch).toEqual([]);
  });
});

describe('a recipient’s acknowledgement', () => {
  it('is logged once, to that role, and only by a role the inject reached', () => {
    const core = work(harness, 'ms-c');
    expect(acknowledgeInject(core, { injectId: 'INJ-1' })).toBeNull();
    expect(core.batch).toEqual([
      expect.objectContaining({
        type: 'inject.acknowledged',
        audience: ['role:ms-c', 'control', 'evaluation'],
        payload: { injectId: 'INJ-1', role: 'ms-c' },
      }),
    ]);
    expect(acknowledgeInject(core, { injectId: 'INJ-1' })).toEqual({
      code: 'not-now',
      reason: 'ms-c has already acknowledged INJ-1',
      field: 'payload.injectId',
    });
    expect(acknowledgeInject(work(harness, 'nac'), { injectId: 'INJ-1' })).toEqual({
      code: 'unknown-target',
      reason: 'inject INJ-1 was not delivered to nac',
      field: 'payload.injectId',
    });
  });

  it('is refused to a recipient the inject was blocked for', () => {
    const core = work(harness);
    sendAdhoc(core, {
      title: 't',
      text: 'x',
      from: 'press',
      to: ['nac'],
      channel: 'phone',
      marking: 'EU-ONLY',
      priority: 'routine',
      injectId: 'ADHOC-X',
    });
    const nac = new EngineCore(core.state, core.playbook, core.scenario, core.roles, 0, {
      commandId: 'ack',
      type: 'inject/acknowledge',
      issuedBy: { role: 'nac', station: 'test' },
      payload: {},
    });
    expect(acknowledgeInject(nac, { injectId: 'ADHOC-X' })).toMatchObject({
      code: 'unknown-target',
      reason: 'inject ADHOC-X was not delivered to nac',
    });
  });
});
