import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { natoNotLiveEngine } from '../../../test/fixtures/nato-not-live';
import { ExerciseReadModels } from '../../../core/index';
import { coordinationMatrix } from '../../components/index';
import { expectedActionRows } from './expected-actions';

const message = (to: string[], marking: string) => ({ to, marking, subject: 'Update', body: 'Text' });

describe('the coordination projection', () => {
  it('counts deliveries between organisations, decisions, and the EU–NATO link with its blocked markings', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed(); // INJ-1 (the press → ms-a, ms-c) goes out at T+0
    await harness.send('message/send', message(['ms-a', 'ms-c'], 'NATO-ONLY'), 'nac');
    await harness.send('message/send', message(['nac'], 'REL-EU-NATO'), 'presidency');
    await harness.send('message/send', message(['nac'], 'EU-ONLY'), 'presidency');
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const view = harnessView(harness);
    const models = ExerciseReadModels.of(view.events, view.content);
    const matrix = coordinationMatrix(models);

    expect(matrix.cell('Evening Courier', 'state-a')).toEqual({ messages: 0, injects: 1 });
    expect(matrix.cell('Evening Courier', 'state-c')).toEqual({ messages: 0, injects: 1 });
    expect(matrix.cell('nato', 'state-a')).toEqual({ messages: 1, injects: 0 });
    expect(matrix.cell('nato', 'state-c')).toEqual({ messages: 0, injects: 0 });
    expect(matrix.cell('council', 'nato')).toEqual({ messages: 1, injects: 0 });
    expect(matrix.decisions.get('state-a')).toBe(1);
    // Only the Presidency's REL-EU-NATO message crossed between the EU and NATO sides; its EU-ONLY one was
    // stopped at the line. NATO's message to two Member States is not EU↔NATO (they are national), nor is
    // the press's inject.
    expect(models.exchange.euNato()).toEqual({
      exchanges: 1,
      messages: 1,
      products: 0,
      blocked: 1,
      scriptedInjects: 0,
    });
    expect(models.exchange.blockedByMarking()).toEqual({ 'EU-ONLY': 1, 'NATO-ONLY': 1 });
    expect({ senders: matrix.senders, receivers: matrix.receivers }).toEqual({
      senders: ['council', 'Evening Courier', 'nato', 'state-a'],
      receivers: ['nato', 'state-a', 'state-c'],
    });
    expect(matrix.senders.map((id) => matrix.nameOf(id))).toEqual([
      'Council',
      'Evening Courier',
      'NATO',
      'State A',
    ]);
  });

  it('takes a voided decision off its organisation again', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const view = harnessView(harness);
    const models = ExerciseReadModels.of(view.events, view.content);
    expect(coordinationMatrix(models).decisions.get('state-a')).toBe(1);
    const decisionId = harness.eventsOf('decision.taken')[0]!.payload.decisionId;
    await harness.send('decision/void', { decisionId, reason: 'Exercise artefact' });
    for (const event of view.events.slice(models.facts.count)) models.apply(event);
    expect(coordinationMatrix(models).decisions.get('state-a')).toBeUndefined();
  });

  it('reads the matrix as it stood after an earlier event: only what had happened by then', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed(); // INJ-1 (the press → ms-a, ms-c) goes out at T+0
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const alerted = harness.eventsOf('expected-action.met')[0]!.seq;
    await harness.send('message/send', message(['nac'], 'REL-EU-NATO'), 'presidency');
    const decisionId = harness.eventsOf('decision.taken')[0]!.payload.decisionId;
    await harness.send('decision/void', { decisionId, reason: 'Exercise artefact' });
    const view = harnessView(harness);
    const models = ExerciseReadModels.of(view.events, view.content);
    // After the alert: the press's inject to both states and State A's decision; no message yet.
    const then = coordinationMatrix(models, alerted);
    expect(then.cell('Evening Courier', 'state-a')).toEqual({ messages: 0, injects: 1 });
    expect(then.cell('council', 'nato')).toEqual({ messages: 0, injects: 0 });
    expect(then.decisions.get('state-a')).toBe(1);
    expect(then.receivers).toEqual(['state-a', 'state-c']);
    // At the end the message has gone out and the decision is voided.
    const now = coordinationMatrix(models);
    expect(now.cell('council', 'nato')).toEqual({ messages: 1, injects: 0 });
    expect(now.decisions.get('state-a')).toBeUndefined();
  });
});

describe('the coordination projection with a body the scenario does not play', () => {
  it('counts the NAC’s decision as NATO’s, credited to the white cell that played it', async () => {
    // test/fixtures/nato-not-live-scenario.yaml plays no NATO body (roles.yaml: the NAC is NATO's, the
    // white cell's title "NATO white cell"); EXCON acting as the EU liaison, who is in play, is credited to
    // nobody.
    const { view, send } = await natoNotLiveEngine();
    const decide = (event: string, fields: Record<string, string>, role: string, actingAs: string) =>
      send(role, 'decision/take', { machine: 'eu-nato-link', event, fields }, actingAs);
    expect(
      await decide('NAC_STATEMENT', { text: 'Allies stand together.' }, 'nato-white-cell', 'nac'),
    ).toMatchObject({ ok: true });
    expect(await decide('STAFF_CONTACT', {}, 'excon', 'eu-liaison-nato')).toMatchObject({ ok: true });
    const matrix = coordinationMatrix(ExerciseReadModels.of(view.events, view.content));
    expect(matrix.decisions.get('nato')).toBe(1);
    expect(matrix.decisions.get('eeas')).toBe(1);
    expect([...matrix.playedBy]).toEqual([['nato', ['NATO white cell']]]);
  });
});

describe('the expected actions projection', () => {
  it('shows met with when and by whom, open with the time left, then missed and marked', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.jumpTo(2 * HOUR);
    await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
    const decisionId = harness.eventsOf('decision.taken')[0]?.payload.decisionId;

    const view = harnessView(harness);
    const rows = expectedActionRows(view, 2 * HOUR);
    expect(rows.map((row) => [row.key, row.kind, row.status])).toEqual([
      ['INJ-1/EA-1', 'event', 'met'],
      ['INJ-1/EA-2', 'text', 'open'],
    ]);
    expect(rows[0]).toMatchObject({
      what: 'Send a rapid alert — Crisis arrangements',
      objective: 'obj-alert',
      record: { settled: { scenarioMs: 2 * HOUR }, by: 'ms-a', decisionId },
    });
    expect(rows[1]).toMatchObject({
      what: 'Brief the press',
      role: 'ms-a',
      leftMs: 10 * HOUR,
      record: { settled: null },
    });

    await harness.jumpTo(13 * HOUR);
    expect(expectedActionRows(view, 13 * HOUR)[1]).toMatchObject({
      status: 'missed',
      leftMs: null,
      record: { settled: { scenarioMs: 12 * HOUR }, by: null },
    });

    await harness.send('expected-action/mark', {
      injectId: 'INJ-1',
      actionId: 'EA-2',
      met: true,
      note: 'Briefed late',
    });
    expect(expectedActionRows(view, 13 * HOUR)[1]).toMatchObject({
      status: 'marked-met',
      record: { settled: { scenarioMs: 13 * HOUR }, by: 'excon', note: 'Briefed late' },
    });
  });

  it('lists nothing before an inject with expected actions is released', async () => {
    const harness = await Harness.create();
    expect(expectedActionRows(harnessView(harness), 0)).toEqual([]);
  });
});
