// The fixture journal of envelope v4 (test/fixtures/journals/improvement-plan-v4) read back: its improvement
// plan as scripts/make-fixture-journals.ts wrote it, and its decisions naming injects their roles received.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeJournal, ImprovementPlan, isEvent } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

const events = decodeJournal(
  readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl'), 'utf8'),
  { trusted: false },
).events;

describe('the improvement plan of the v4 fixture journal', () => {
  it('holds the actions as written: one amended, one withdrawn, all after ENDEX', () => {
    const plan = new ImprovementPlan();
    for (const event of events) plan.apply(event);
    const actions = plan.actions();
    expect(
      actions.map((action) => [action.actionId, action.current.owner, action.withdrawn?.reason ?? null]),
    ).toEqual([
      ['CA-1', 'intcen-fusion-cell', null],
      [expect.stringMatching(/^CA-\d+$/), 'EEAS StratCom and NATO PDD', null],
      ['CA-3', 'ms-affected', 'Already in the national exercise plan'],
    ]);
    expect(actions[0]?.history.map((version) => version.fields.due)).toEqual(['2027-03-31', '2027-05-31']);
    expect(actions[0]?.current.observationIds).toEqual(['OBS-2']);
    expect(plan.standing()).toHaveLength(2);
    const ended = events.findIndex((event) => event.type === 'exercise.ended');
    const first = events.findIndex((event) => event.type === 'corrective-action.added');
    expect(first).toBeGreaterThan(ended);
  });

  it('has decisions that name the inject they answer, each one delivered to the deciding role', () => {
    const answering = events.filter(
      (event) => isEvent(event, 'decision.taken') && event.payload.answersInject,
    );
    expect(answering.length).toBeGreaterThan(0);
    for (const decision of answering) {
      if (!isEvent(decision, 'decision.taken')) continue;
      const role = decision.actor?.actingAs ?? decision.actor?.role;
      const delivered = events.some(
        (event) =>
          isEvent(event, 'inject.delivered') &&
          event.payload.injectId === decision.payload.answersInject &&
          event.payload.role === role &&
          event.seq < decision.seq,
      );
      expect(delivered, `${decision.payload.decisionId} answers ${decision.payload.answersInject}`).toBe(
        true,
      );
    }
  });
});
