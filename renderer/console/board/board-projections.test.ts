import { describe, expect, it } from 'vitest';
import {
  leafPaths,
  moverOf,
  ReadModelFeed,
  type ExerciseEvent,
  type TransitionRecord,
} from '../../../core/index';
import { bundledPlaybookSources, bundledScenarioSources } from '../../../test/bundled-content';
import { Harness, HOUR } from '../../../test/fixtures/engine-harness';
import { createdExerciseView, harnessView } from '../../../test/fixtures/engine-view';
import { exerciseContent } from '../../../test/fixtures/fixtures';
import { mechanismRows, playbookPhase, whoActs } from './mechanism-board';
import { labelState } from '../../components/index';

/** ms-a raises a rapid alert, invokes solidarity for Arland (which forces the crisis mechanism to full). */
async function alertedAndInvoked() {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  await harness.jumpTo(2 * HOUR);
  await harness.send(
    'decision/take',
    { machine: 'crisis', event: 'RAPID_ALERT', rationale: 'Port explosion' },
    'ms-a',
  );
  await harness.jumpTo(3 * HOUR);
  await harness.send(
    'decision/take',
    { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
    'ms-a',
  );
  return harness;
}

describe('who acts in a case, on the board', () => {
  it('lists the records and sets that hold someone, records first, in the document order', () => {
    expect(
      whoActs({
        actors: { invoker: 'ms-affected', requester: null },
        actorSets: { objectors: ['ms-c', 'ms-b'], vetoes: [] },
      }),
    ).toEqual([
      { name: 'invoker', roles: ['ms-affected'] },
      { name: 'objectors', roles: ['ms-c', 'ms-b'] },
    ]);
  });

  it('shows nothing for a context logged before records and sets existed', () => {
    expect(whoActs({})).toEqual([]);
  });
});

describe('the playbook board projections', () => {
  it('keeps only the deepest active states', () => {
    expect(
      leafPaths(['full', 'full.meetings', 'full.meetings.idle', 'full.measures', 'full.measures.drafting']),
    ).toEqual(['full.meetings.idle', 'full.measures.drafting']);
  });

  it('shows each mechanism and case with its current states and case title', async () => {
    const harness = await alertedAndInvoked();
    const rows = mechanismRows(harnessView(harness));
    const crisis = rows.find((row) => row.machine === 'crisis');
    const solidarity = rows.find((row) => row.machine === 'solidarity');
    expect(crisis?.title).toBe('Crisis arrangements');
    expect(crisis?.cases.map((item) => item.states.map((state) => state.path))).toEqual([
      ['full.meetings.idle', 'full.measures.drafting'],
    ]);
    expect(solidarity).toMatchObject({ caseLabel: 'requesting Member State' });
    expect(solidarity?.cases).toEqual([
      {
        actorKey: 'solidarity#arland',
        instance: 'arland',
        caseTitle: "Arland's request",
        states: [{ path: 'invoked', description: null, phase: null }],
        who: [],
      },
    ]);
  });

  it('records who moved each mechanism, when, and why; a void marks the decision and restores', async () => {
    const harness = await alertedAndInvoked();
    const view = harnessView(harness);
    const feed = new ReadModelFeed(view.content, (event: ExerciseEvent) => event);
    const { history } = feed.advance(view.events);
    // What the board shows of a transition: when, the event, the states, and who or what moved it.
    const shown = (record: TransitionRecord) => ({ ...record, ...moverOf(record) });
    const crisis = history.moves('crisis').map(shown);
    expect(crisis.map((record) => [record.cause, record.event, record.scenarioMs])).toEqual([
      ['decision', 'RAPID_ALERT', 2 * HOUR],
      ['route', 'FORCED_FULL', 3 * HOUR],
    ]);
    expect(crisis[0]).toMatchObject({
      role: 'ms-a',
      playedBy: null,
      rationale: 'Port explosion',
      from: ['standby'],
      to: ['sharing'],
    });
    expect(crisis[1]).toMatchObject({ fromActor: 'solidarity#arland', role: null });

    await harness.send('decision/take', { machine: 'crisis', event: 'ADOPT' }, 'excon', {
      actingAs: 'presidency',
    });
    const adopted = harness.eventsOf('decision.taken').at(-1)!.payload.decisionId;
    expect(
      await harness.send('decision/void', { decisionId: adopted, reason: 'Taken for the wrong role' }),
    ).toMatchObject({ ok: true });
    // Advancing again reads only the new events, and updates the decision it voids.
    expect(feed.advance(view.events).history).toBe(history);
    const [, , adopt, restore] = history.moves('crisis').map(shown);
    expect(adopt).toMatchObject({
      decisionId: adopted,
      role: 'presidency',
      playedBy: 'excon',
      voidReason: 'Taken for the wrong role',
    });
    expect(restore).toMatchObject({
      cause: 'void',
      role: 'excon',
      voidReason: 'Taken for the wrong role',
      to: ['full.meetings.idle', 'full.measures.drafting'],
    });
    expect(history.moves('crisis')).toHaveLength(4);
    // The start of a mechanism is in its history, not among its moves.
    expect(history.of('crisis').map((record) => record.kind)).toEqual([
      'started',
      'transitioned',
      'transitioned',
      'transitioned',
      'transitioned',
    ]);
    expect(shown(history.lastMove('solidarity#arland')!)).toMatchObject({ role: 'ms-a', event: 'INVOKE' });
  });

  it('reads the Playbook phase and state phases from the orchestrator document', async () => {
    const playbook = bundledPlaybookSources();
    const scenario = bundledScenarioSources().find((source) =>
      source.path.endsWith('salisbury-style/scenario.yaml'),
    );
    if (!scenario) throw new Error('the Salisbury-style scenario is missing');
    const view = await createdExerciseView({
      exerciseId: 'phase-1',
      name: 'Phase',
      seed: 1,
      wallMs: 0,
      content: exerciseContent(playbook, scenario),
    });
    const phase = playbookPhase(view);
    expect(phase?.states.map((state) => [state.path, state.phase])).toEqual([['resilience', 'P0']]);
    expect(phase?.states[0]?.description).toMatch(/^P0\./);
    const document = view.content.playbook.mechanisms.get('playbook-phases');
    expect(labelState(document, 'awareness').phase).toBe('P1');
    expect(mechanismRows(view).some((row) => row.machine === 'playbook-phases')).toBe(false);
  });

  it('has no phase when the playbook has no orchestrator', async () => {
    const harness = await Harness.create();
    expect(playbookPhase(harnessView(harness))).toBeNull();
  });
});
