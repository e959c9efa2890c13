import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import { miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import type { ScenarioDocument } from '../scenario/index';
import { COMMAND_SCHEMAS } from './command-schemas';
import type { EngineCore } from './engine-core';
import {
  EDITABLE_INJECT_FIELDS,
  injectContent,
  matchExpectedActions,
  missExpectedAction,
  releaseInject,
  releaseScenarioInject,
  type TakenDecision,
} from './injects';

// mini-scenario.yaml after STARTEX: INJ-1 is out at T+0 with EA-1 (ms-a's RAPID_ALERT on crisis, 6 h) and
// EA-2 (free text, 12 h) open; INJ-3 (NATO-ONLY, to ms-a) waits on a state.
const harness = await Harness.create();
await harness.startAtMaxSpeed();
const { scenario } = harness.engine.content;

/** A tick's unit of work at scenario time `nowMs` on a copy of the harness's state, with this scenario. */
const work = (nowMs = 0, withScenario: ScenarioDocument = scenario): EngineCore =>
  unitOfWork(harness, { nowMs, scenario: withScenario });

const inject = (id: string) => {
  const found = scenario.injects.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`mini-scenario.yaml has no ${id}`);
  return found;
};

const content = {
  title: 'Call',
  text: 'Call us.',
  from: 'simcell',
  to: ['ms-a', 'ms-c', 'ghost'],
  channel: 'phone',
  marking: 'NATO-ONLY',
  priority: 'routine',
};

describe('an inject’s content', () => {
  it('is the scenario’s, with a controller’s edits over it', () => {
    const core = work();
    expect(injectContent(core, inject('INJ-3'))).toEqual({
      title: 'NATO asks',
      text: 'Allies ask for a briefing.',
      from: 'nac',
      to: ['ms-a'],
      channel: 'diplomatic-cable',
      marking: 'NATO-ONLY',
      priority: 'routine',
    });
    core.state.injects['INJ-3']!.edits = { text: 'Allies ask today.', to: ['ms-a', 'nac'] };
    expect(injectContent(core, inject('INJ-3'))).toMatchObject({
      title: 'NATO asks',
      text: 'Allies ask today.',
      to: ['ms-a', 'nac'],
    });
  });

  it('can be edited in exactly the fields the edit command takes', () => {
    const editable = Object.keys(COMMAND_SCHEMAS['inject/edit'].shape.changes.shape);
    expect([...EDITABLE_INJECT_FIELDS].sort()).toEqual(editable.sort());
  });
});

describe('releasing an inject', () => {
  it('logs the release with its windows’ deadlines, then delivers or blocks it for each recipient', () => {
    const core = work(2 * HOUR);
    releaseInject(core, 'INJ-3', content, 'controller', { 'EA-7': '6h', 'EA-8': undefined });
    expect(core.batch.map((event) => [event.type, event.audience, event.marking])).toEqual([
      ['inject.released', ['control', 'evaluation'], 'NATO-ONLY'],
      ['inject.delivered', ['role:ms-a', 'control', 'evaluation'], 'NATO-ONLY'],
      ['inject.blocked', ['control', 'evaluation'], 'NATO-ONLY'],
      ['inject.blocked', ['control', 'evaluation'], 'NATO-ONLY'],
    ]);
    expect(core.batch[0]?.payload).toEqual({
      injectId: 'INJ-3',
      content,
      deadlines: { 'EA-7': 8 * HOUR, 'EA-8': null },
      cause: 'controller',
      adhoc: false,
    });
    // ms-c is cleared for EU only; ghost is no role of the exercise.
    expect(core.batch.slice(2).map((event) => event.payload)).toEqual([
      { injectId: 'INJ-3', role: 'ms-c', marking: 'NATO-ONLY', reason: 'clearance does not allow NATO-ONLY' },
      { injectId: 'INJ-3', role: 'ghost', marking: 'NATO-ONLY', reason: 'role not in this exercise' },
    ]);
  });

  it('is ad hoc when the scenario has no inject of that id', () => {
    const core = work();
    releaseInject(core, 'ADHOC-1', { ...content, to: [] }, 'adhoc');
    expect(core.batch[0]?.payload).toMatchObject({ injectId: 'ADHOC-1', adhoc: true, deadlines: {} });
  });

  it('of the scenario, carries its edits and the windows of its expected actions', () => {
    const core = work(3 * HOUR);
    core.state.injects['INJ-4']!.edits = { to: ['presidency', 'ms-c'] };
    releaseScenarioInject(core, inject('INJ-4'), 'schedule');
    // INJ-4 expects ADOPT from the presidency within 1 day.
    expect(core.batch[0]?.payload).toMatchObject({
      injectId: 'INJ-4',
      content: { to: ['presidency', 'ms-c'] },
      deadlines: { 'EA-3': 27 * HOUR },
      cause: 'schedule',
    });
    expect(core.batch.slice(1).map((event) => event.type)).toEqual(['inject.delivered', 'inject.delivered']);
  });
});

describe('matching a decision to the expected actions', () => {
  const rapidAlert: TakenDecision = {
    decisionId: 'D-9',
    role: 'ms-a',
    machine: 'crisis',
    event: 'RAPID_ALERT',
    instance: null,
    fields: {},
  };

  it('meets an action at the very end of its window, which is missed only after it', () => {
    const core = work(6 * HOUR);
    matchExpectedActions(core, rapidAlert);
    expect(core.batch.map((event) => event.type)).toEqual(['expected-action.met']);
  });

  it('meets an open action of a released inject inside its window, by its role and event', () => {
    const core = work(5 * HOUR);
    matchExpectedActions(core, rapidAlert);
    expect(core.batch.map((event) => [event.type, event.audience, event.payload])).toEqual([
      [
        'expected-action.met',
        ['control', 'evaluation'],
        { injectId: 'INJ-1', actionId: 'EA-1', decisionId: 'D-9', role: 'ms-a' },
      ],
    ]);
    // Met once.
    matchExpectedActions(core, { ...rapidAlert, decisionId: 'D-10' });
    expect(core.batch).toHaveLength(1);
  });

  it.each([
    ['another role', { role: 'ms-c' }, 0],
    ['another event', { event: 'CONSULT' }, 0],
    ['another machine', { machine: 'solidarity' }, 0],
    ['after the window', {}, 6 * HOUR + 1],
  ])('meets nothing by %s', (_, change, nowMs) => {
    const core = work(nowMs);
    matchExpectedActions(core, { ...rapidAlert, ...change });
    expect(core.batch).toEqual([]);
  });

  it('matches the case and the field values an action names', () => {
    const wanting = {
      ...scenario,
      injects: scenario.injects.map((candidate) =>
        candidate.id !== 'INJ-1'
          ? candidate
          : {
              ...candidate,
              expectedActions: [
                {
                  id: 'EA-1',
                  role: 'ms-a',
                  event: {
                    machine: 'crisis',
                    event: 'RAPID_ALERT',
                    instance: 'arland',
                    fields: { level: 'high' },
                  },
                },
              ],
            },
      ),
    };
    const met = (decision: Partial<TakenDecision>) => {
      const core = work(0, wanting);
      matchExpectedActions(core, { ...rapidAlert, ...decision });
      return core.batch.length;
    };
    expect(met({ instance: 'arland', fields: { level: 'high', extra: 1 } })).toBe(1);
    expect(met({ instance: 'arland', fields: { level: 'low' } })).toBe(0);
    expect(met({ instance: 'arland', fields: {} })).toBe(0);
    expect(met({ instance: 'borland', fields: { level: 'high' } })).toBe(0);
  });
});

describe('a missed window', () => {
  it('is logged by nobody, and releases the contingency that watches it', () => {
    const core = work(6 * HOUR);
    missExpectedAction(core, 'INJ-1', 'EA-1');
    expect(core.batch.map((event) => event.type)).toEqual(['expected-action.missed', 'inject.triggered']);
    expect(core.batch[0]).toMatchObject({
      actor: null,
      audience: ['control', 'evaluation'],
      payload: { injectId: 'INJ-1', actionId: 'EA-1' },
    });
    expect(core.state.injects['INJ-1']?.expected['EA-1']?.status).toBe('missed');
    expect(core.state.injects['INJ-2']).toMatchObject({ status: 'scheduled', dueMs: 6 * HOUR });
  });
});

describe('a contingency as its recipients read it', () => {
  it('reaches them under its heading; its title, which says it is a contingency, stays control’s', async () => {
    const text = replaceOnce(
      miniScenarioText(),
      'title: Reminder to alert',
      'title: "Contingency: partners chase the alert"\n    heading: Partners are waiting for your alert',
    );
    const played = await Harness.create(text.replace('schemaVersion: 1\n', 'schemaVersion: 2\n'));
    await played.startAtMaxSpeed();
    // EA-1 (6 h) is missed: INJ-2 is released to ms-a.
    await played.jumpTo(7 * HOUR);
    const delivered = played
      .eventsOf('inject.delivered')
      .filter((event) => event.payload.injectId === 'INJ-2');
    expect(delivered.map((event) => [event.payload.role, event.payload.content.title])).toEqual([
      ['ms-a', 'Partners are waiting for your alert'],
    ]);
    const stream = played.engine.stationView('ms-a', 0).events;
    expect(JSON.stringify(stream)).not.toMatch(/contingency/i);
    expect(played.engine.content.scenario.injects.find((entry) => entry.id === 'INJ-2')?.title).toBe(
      'Contingency: partners chase the alert',
    );
  });
});
