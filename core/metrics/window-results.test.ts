// The playbook windows on small logs of the mini fixture: its crisis mechanism expects full activation within
// 3 days of entering `sharing` (the window sharing-to-full).
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { ExerciseReadModels } from '../read-models/index';
import { windowResults } from './window-results';

const results = (h: Harness) => windowResults(ExerciseReadModels.of(h.engine.events, h.engine.content));

/** Started at maximum speed, with the crisis mechanism in `sharing` from T+1h. */
async function sharingFromOneHour(): Promise<Harness> {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  await h.jumpTo(1 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  return h;
}

const escalate = (h: Harness) =>
  h.send(
    'decision/take',
    { machine: 'crisis', event: 'ESCALATE', fields: { reason: 'spread' } },
    'presidency',
  );

describe('windowResults', () => {
  it('is met when full activation comes inside the window, and measures it', async () => {
    const h = await sharingFromOneHour();
    await h.jumpTo(5 * HOUR);
    await escalate(h);
    const [result] = results(h);
    expect(result).toMatchObject({
      mechanism: 'crisis',
      actorKey: 'crisis',
      windowId: 'sharing-to-full',
      title: 'Sharing to full',
      metric: 'T_decide',
      expectedMs: 72 * HOUR,
      status: 'met',
      span: { scenarioMs: 4 * HOUR },
    });
    expect(results(h)).toHaveLength(1);
  });

  it('is late when it comes after the window', async () => {
    const h = await sharingFromOneHour();
    await h.jumpTo(74 * HOUR);
    await escalate(h);
    expect(results(h)).toEqual([
      expect.objectContaining({ status: 'late', span: expect.objectContaining({ scenarioMs: 73 * HOUR }) }),
    ]);
  });

  it('is open while the window runs, and missed once it has passed without the milestone', async () => {
    const h = await sharingFromOneHour();
    await h.jumpTo(73 * HOUR); // 72 h in sharing: not yet past the window
    expect(results(h)).toEqual([expect.objectContaining({ status: 'open', span: null })]);
    await h.jumpTo(74 * HOUR);
    expect(results(h)).toEqual([expect.objectContaining({ status: 'missed', span: null })]);
  });

  it('has no result for a mechanism that never reached the start milestone', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.jumpTo(10 * HOUR);
    expect(results(h)).toEqual([]);
  });

  it('does not count the transition of a voided decision', async () => {
    const h = await sharingFromOneHour();
    const decisionId = h.eventsOf('decision.taken').at(-1)!.payload.decisionId;
    await h.send('decision/void', { decisionId, reason: 'taken by mistake' });
    await h.jumpTo(100 * HOUR);
    expect(results(h)).toEqual([]);
  });
});
