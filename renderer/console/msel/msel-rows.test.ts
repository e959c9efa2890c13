import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { filterRows, NO_FILTER } from './msel-filter';
import { ExerciseReadModels } from '../../../core/index';
import { injectLogOf } from '../read-models';
import { mselRows } from './msel-rows';
import { miniScenarioText, replaceOnce } from '../../../test/fixtures/fixtures';

const rowsOf = (harness: Harness) => {
  const view = harnessView(harness);
  return mselRows({
    state: view.state,
    scenario: view.content.scenario,
    events: view.events,
    injects: injectLogOf(view),
  });
};
const rowOf = (harness: Harness, id: string) => rowsOf(harness).find((row) => row.id === id);

describe('the MSEL projection', () => {
  it('lists every scenario inject with its trigger, sender, recipients and mechanisms before release', async () => {
    const harness = await Harness.create();
    const rows = rowsOf(harness);
    expect(rows.map((row) => row.id)).toEqual(['INJ-1', 'INJ-2', 'INJ-3', 'INJ-4']);
    expect(rows[0]).toMatchObject({
      status: 'scheduled',
      dueMs: 0,
      trigger: { kind: 'at' },
      from: 'press',
      recipients: [
        { role: 'ms-a', state: 'pending' },
        { role: 'ms-c', state: 'pending' },
      ],
      rollup: { total: 2, pending: 2, acknowledged: 0 },
      channel: 'news',
      marking: 'PUBLIC',
      mechanisms: ['crisis'],
    });
    expect(rows[1]).toMatchObject({
      status: 'waiting',
      trigger: { kind: 'missed', inject: 'INJ-1', action: 'EA-1' },
    });
    expect(rows[2]).toMatchObject({
      trigger: { kind: 'state', machine: 'crisis', state: 'full.measures.drafting' },
      delay: '1h',
    });
    expect(rows[3]).toMatchObject({
      trigger: { kind: 'decision', machine: 'solidarity', event: 'INVOKE', role: 'ms-a', instance: 'arland' },
      mechanisms: ['crisis'],
    });
  });

  it('follows release, delivery, acknowledgement and blocking per recipient, with the roll-up', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-a');
    expect(rowOf(harness, 'INJ-1')).toMatchObject({
      status: 'released',
      releasedMs: 0,
      recipients: [
        { role: 'ms-a', state: 'acknowledged' },
        { role: 'ms-c', state: 'delivered' },
      ],
      rollup: { total: 2, delivered: 2, acknowledged: 1, pending: 0 },
    });
    // An EU-ONLY ad-hoc inject reaches ms-a (cleared for the EU) and is blocked for the NAC (NATO only).
    const reply = await harness.send('inject/send-adhoc', {
      title: 'Call from the press',
      text: 'Any comment?',
      from: 'press',
      to: ['ms-a', 'nac'],
      channel: 'phone',
      marking: 'EU-ONLY',
    });
    expect(reply.ok).toBe(true);
    const adhoc = rowsOf(harness).find((row) => row.adhoc);
    expect(adhoc).toMatchObject({
      title: 'Call from the press',
      trigger: { kind: 'adhoc' },
      status: 'released',
      recipients: [
        { role: 'ms-a', state: 'delivered' },
        { role: 'nac', state: 'blocked' },
      ],
      rollup: { total: 2, delivered: 1, blocked: 1 },
      mechanisms: [],
    });
  });

  it('shows holds, reschedules and edits made before release', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('inject/hold', { injectId: 'INJ-2' });
    await harness.send('inject/reschedule', { injectId: 'INJ-3', at: 'T+2h' });
    await harness.send('inject/edit', {
      injectId: 'INJ-4',
      changes: { title: 'Article 222 invoked', to: ['presidency', 'ms-c'] },
    });
    expect(rowOf(harness, 'INJ-2')).toMatchObject({ status: 'held' });
    expect(rowOf(harness, 'INJ-3')).toMatchObject({ status: 'scheduled', dueMs: 2 * HOUR });
    expect(rowOf(harness, 'INJ-4')).toMatchObject({
      title: 'Article 222 invoked',
      recipients: [
        { role: 'presidency', state: 'pending' },
        { role: 'ms-c', state: 'pending' },
      ],
      edited: ['title', 'to'],
    });
    // Time order: released and scheduled first, the injects still waiting for a condition last.
    expect(rowsOf(harness).map((row) => row.id)).toEqual(['INJ-1', 'INJ-3', 'INJ-2', 'INJ-4']);
  });

  it('brings its rows up to date from new events exactly as a projection from scratch would', async () => {
    const harness = await Harness.create();
    const view = harnessView(harness);
    const fresh = () =>
      mselRows({
        state: view.state,
        scenario: view.content.scenario,
        events: [...view.events],
        injects: ExerciseReadModels.of(view.events, view.content).injects,
      });
    const before = rowsOf(harness);
    expect(rowsOf(harness)).toBe(before); // nothing new: the same array, so the grid is not redrawn
    const steps: (() => Promise<unknown>)[] = [
      () => harness.startAtMaxSpeed(),
      () => harness.send('inject/hold', { injectId: 'INJ-2' }),
      () => harness.send('message/send', { to: ['nac'], marking: 'PUBLIC', subject: 'S', body: 'B' }, 'ms-a'),
      () => harness.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c'),
      () => harness.send('inject/reschedule', { injectId: 'INJ-3', at: 'T+2h' }),
      () => harness.send('inject/edit', { injectId: 'INJ-4', changes: { title: 'Changed' } }),
      () =>
        harness.send('inject/send-adhoc', {
          title: 'Walk-in',
          text: 'A reporter at the door.',
          from: 'press',
          to: ['ms-a'],
          channel: 'phone',
          marking: 'PUBLIC',
        }),
      () => harness.jumpTo(3 * HOUR),
      () => harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a'),
    ];
    for (const step of steps) {
      await step();
      expect(rowsOf(harness)).toEqual(fresh());
    }
    expect(rowsOf(harness)).not.toBe(before);
  });

  it('filters by role, mechanism, channel, state and text', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const rows = rowsOf(harness);
    const ids = (filter: Partial<typeof NO_FILTER>) =>
      filterRows(rows, { ...NO_FILTER, ...filter }).map((row) => row.id);
    expect(ids({ role: 'presidency' })).toEqual(['INJ-4']);
    expect(ids({ role: 'simcell' })).toEqual(['INJ-2', 'INJ-4']);
    expect(ids({ mechanism: 'crisis' })).toEqual(['INJ-1', 'INJ-4']);
    expect(ids({ channel: 'diplomatic-cable' })).toEqual(['INJ-3']);
    expect(ids({ state: 'waiting' })).toEqual(['INJ-2', 'INJ-3', 'INJ-4']);
    expect(ids({ state: 'unacknowledged' })).toEqual(['INJ-1']);
    expect(ids({ search: 'BRIEFING' })).toEqual(['INJ-3']);
    expect(ids({ role: 'ms-a', state: 'released' })).toEqual(['INJ-1']);
  });

  it("shows a contingency under control's title, with the heading its recipients read", async () => {
    const text = replaceOnce(
      miniScenarioText(),
      'title: Reminder to alert',
      'title: "Contingency: partners chase"\n    heading: Partners are waiting',
    );
    const harness = await Harness.create(text);
    await harness.startAtMaxSpeed();
    expect(rowOf(harness, 'INJ-2')).toMatchObject({
      title: 'Contingency: partners chase',
      heading: 'Partners are waiting',
    });
    await harness.jumpTo(7 * HOUR);
    expect(rowOf(harness, 'INJ-2')).toMatchObject({
      status: 'released',
      title: 'Contingency: partners chase',
      heading: 'Partners are waiting',
    });
  });
});
