import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { decisionAnswer } from './decision-answers';
import { ExerciseReadModels } from './exercise-read-models';

describe('decisionAnswer', () => {
  it('is the inject a decision names and how long after it reached the role the decision came', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    // INJ-1 reaches ms-a at T+0 (mini-scenario.yaml); the alert comes at T+2h: 2 hours after, worked out.
    await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    await harness.jumpTo(2 * HOUR);
    const alert = { machine: 'crisis', event: 'RAPID_ALERT', answersInject: 'INJ-1' };
    await harness.send('decision/take', alert, 'ms-a');
    const models = ExerciseReadModels.of(harness.engine.events, harness.engine.content);
    const [plain, answering] = [...models.history.decisions()];
    expect(answering?.answersInject).toBe('INJ-1');
    expect(decisionAnswer(answering!, models.injects)).toEqual({ injectId: 'INJ-1', afterMs: 2 * HOUR });
    expect(plain?.answersInject).toBeNull();
    expect(decisionAnswer(plain!, models.injects)).toBeNull();
    // One the role never received (a hand-edited log) answers nothing measurable.
    expect(decisionAnswer({ ...answering!, role: 'presidency' }, models.injects)).toBeNull();
  });
});
