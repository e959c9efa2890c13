// Expected-action outcomes, legal clocks, consistency flags and the evaluation record on small logs of the
// mini fixture (test/fixtures/mini-scenario.yaml), answers worked out by hand.
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import {
  exerciseContent,
  miniPlaybookWith,
  miniScenarioText,
  replaceOnce,
} from '../../test/fixtures/fixtures';
import { ExerciseEngine, MemoryEventStore } from '../index';
import { ExerciseReadModels } from '../read-models/index';
import { consistencyFlags, evaluationRecord, expectedActionOutcomes, legalClocks } from './outcomes';
import { windowResults } from './window-results';

const DAY = 24 * HOUR;
const modelsOf = (engine: ExerciseEngine) => ExerciseReadModels.of(engine.events, engine.content);

describe('expectedActionOutcomes', () => {
  it('counts what was released and settled, the hit rate, and the contingencies released', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed(); // INJ-1 released: EA-1 (6 h) and EA-2 (12 h, free text)
    await h.jumpTo(7 * HOUR); // EA-1 missed, so its contingency INJ-2 is released
    expect(expectedActionOutcomes(modelsOf(h.engine))).toEqual({
      total: 3,
      released: 2,
      byStatus: { open: 1, met: 0, missed: 1, 'marked-met': 0, 'marked-unmet': 0 },
      hitRate: 0,
      contingenciesReleased: 1,
    });
    await h.send('expected-action/mark', { injectId: 'INJ-1', actionId: 'EA-2', met: true });
    const after = expectedActionOutcomes(modelsOf(h.engine));
    expect(after.byStatus['marked-met']).toBe(1);
    expect(after.hitRate).toBe(0.5);
  });

  it('has no hit rate before anything was released', async () => {
    const h = await Harness.create();
    expect(expectedActionOutcomes(modelsOf(h.engine))).toMatchObject({ released: 0, hitRate: null });
  });
});

describe('legalClocks', () => {
  it('lists the requests whose lapse timer fired', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
      'ms-a',
    );
    const models = () => modelsOf(h.engine);
    expect(legalClocks(models(), windowResults(models()))).toEqual({
      windows: [],
      ucpmRequests: 0,
      ucpmLapsed: [],
    });
    await h.jumpTo(91 * DAY); // the lapse delay is 90 days
    expect(legalClocks(models(), windowResults(models())).ucpmLapsed).toEqual(['solidarity#arland']);
  });
});

/** An engine on the mini fixture with one playbook document and the scenario edited, driven like Harness. */
async function editedEngine(
  playbookFile: string,
  editPlaybook: (text: string) => string,
  editScenario: (text: string) => string = (text) => text,
) {
  let wallMs = Date.UTC(2019, 5, 3, 9, 0);
  let count = 0;
  const engine = await ExerciseEngine.create(new MemoryEventStore('mini-1'), {
    exerciseId: 'mini-1',
    name: 'Mini',
    seed: 1,
    wallMs,
    content: exerciseContent(miniPlaybookWith(playbookFile, editPlaybook), {
      path: 'mini-scenario.yaml',
      text: editScenario(miniScenarioText()),
    }),
  });
  const send = async (type: string, payload: Record<string, unknown> = {}, role = 'excon') => {
    const reply = await engine.execute(
      { commandId: `cmd-${(count += 1)}`, type, issuedBy: { role, station: 'test' }, payload },
      (wallMs += 1000),
    );
    if (!reply.ok) throw new Error(`${type} refused: ${reply.reason}`);
  };
  await send('exercise/speed', { speed: 'max' });
  await send('exercise/start');
  return { engine, send };
}

describe('consistencyFlags', () => {
  it('flags one case assessed two ways by two organisations, on a yes/no field', async () => {
    // CONSULT made an assessment with a yes/no field: Member States A and C (two organisations) disagree.
    const { engine, send } = await editedEngine('crisis.yaml', (text) =>
      replaceOnce(
        text,
        'CONSULT: { title: Consult the Presidency, owners: [group:member-state], stage: other }',
        'CONSULT:\n    title: Consult the Presidency\n    owners: [group:member-state]\n    stage: assess\n    fields: [{ name: serious, label: Serious, type: boolean, required: true }]',
      ),
    );
    await send('decision/take', { machine: 'crisis', event: 'CONSULT', fields: { serious: true } }, 'ms-a');
    await send('decision/take', { machine: 'crisis', event: 'CONSULT', fields: { serious: false } }, 'ms-c');
    const { conflictingAssessments } = consistencyFlags(modelsOf(engine));
    expect(conflictingAssessments).toEqual([
      {
        actorKey: 'crisis',
        field: 'serious',
        values: [
          { role: 'ms-a', value: 'true', seq: expect.any(Number) },
          { role: 'ms-c', value: 'false', seq: expect.any(Number) },
        ],
      },
    ]);
  });

  it('does not flag one organisation changing its own assessment', async () => {
    const { engine, send } = await editedEngine('crisis.yaml', (text) =>
      replaceOnce(
        text,
        'CONSULT: { title: Consult the Presidency, owners: [group:member-state], stage: other }',
        'CONSULT:\n    title: Consult the Presidency\n    owners: [group:member-state]\n    stage: assess\n    fields: [{ name: serious, label: Serious, type: boolean, required: true }]',
      ),
    );
    await send('decision/take', { machine: 'crisis', event: 'CONSULT', fields: { serious: true } }, 'ms-a');
    await send('decision/take', { machine: 'crisis', event: 'CONSULT', fields: { serious: false } }, 'ms-a');
    expect(consistencyFlags(modelsOf(engine)).conflictingAssessments).toEqual([]);
  });

  it('flags an escalation whose window passed unmet, and not a missed action of another stage', async () => {
    // EA-3 asks the Presidency to escalate (a decide-stage event) within a day of INJ-4.
    const { engine, send } = await editedEngine(
      'crisis.yaml',
      (text) => text,
      (text) =>
        replaceOnce(
          text,
          'event: { machine: crisis, event: ADOPT }',
          'event: { machine: crisis, event: ESCALATE }',
        ),
    );
    await send(
      'decision/take',
      { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } },
      'ms-a',
    ); // INJ-4 released
    await send('exercise/jump-to', { scenarioMs: 2 * DAY }); // EA-1 (notify stage) and EA-3 missed
    const { laggingEscalations } = consistencyFlags(modelsOf(engine));
    expect(laggingEscalations).toEqual([
      { injectId: 'INJ-4', actionId: 'EA-3', machine: 'crisis', event: 'ESCALATE' },
    ]);
  });
});

describe('evaluationRecord', () => {
  it('counts observations, amendments and each objective’s latest rating', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.send('observation/record', { observationId: 'O1', text: 'slow' });
    await h.send('observation/record', { observationId: 'O2', text: 'clear' });
    await h.send('observation/amend', { observationId: 'O1', text: 'slow, 4 h', reason: 'checked' });
    await h.send('rating/give', { objectiveId: 'obj-alert', rating: 'U', rationale: 'first look' });
    await h.send('rating/give', { objectiveId: 'obj-alert', rating: 'P', rationale: 'on review' });
    expect(evaluationRecord(modelsOf(h.engine))).toEqual({
      observations: 2,
      amendments: 1,
      ratings: { P: 1 },
    });
  });
});
