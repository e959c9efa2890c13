import { describe, expect, it } from 'vitest';
import { Harness, HOUR, unitOfWork } from '../../test/fixtures/engine-harness';
import type { Inject } from '../scenario/index';
import type { EngineCore } from './engine-core';
import {
  checkContingencies,
  checkDecisionTriggers,
  checkStateTriggers,
  triggerInject,
} from './inject-triggers';

// mini-scenario.yaml: INJ-2 waits on INJ-1's EA-1 being missed, INJ-3 on crisis entering
// full.measures.drafting (then 1 h), INJ-4 on ms-a's INVOKE of solidarity for arland.
const harness = await Harness.create();
await harness.startAtMaxSpeed();
const injects = new Map(harness.engine.content.scenario.injects.map((inject) => [inject.id, inject]));
function inject(id: string): Inject {
  const found = injects.get(id);
  if (!found) throw new Error(`mini-scenario.yaml has no ${id}`);
  return found;
}

/** A tick's unit of work at scenario time `nowMs` on a copy of the harness's state. */
const work = (nowMs = 0): EngineCore => unitOfWork(harness, { nowMs });

const triggered = (core: EngineCore) =>
  core.batch.map((event) => (event.type === 'inject.triggered' ? event.payload : event.type));

describe('triggering a conditional inject', () => {
  it('schedules a waiting inject at now plus its delay, for control only, by nobody', () => {
    const core = work(2 * HOUR);
    triggerInject(core, inject('INJ-3'), { decisionId: 'D-9' });
    expect(triggered(core)).toEqual([{ injectId: 'INJ-3', dueMs: 3 * HOUR, cause: { decisionId: 'D-9' } }]);
    expect(core.batch[0]).toMatchObject({ audience: ['control', 'evaluation'], actor: null });
    expect(core.state.injects['INJ-3']).toMatchObject({ status: 'scheduled', dueMs: 3 * HOUR });
    // Triggered once: it no longer waits.
    triggerInject(core, inject('INJ-3'), { decisionId: 'D-10' });
    expect(core.batch).toHaveLength(1);
  });

  it('never before its notBefore time', () => {
    const late = { ...inject('INJ-4'), delay: '30m', notBefore: 'T+3h' };
    const early = work(HOUR);
    triggerInject(early, late, { decisionId: 'D-1' });
    expect(triggered(early)).toEqual([{ injectId: 'INJ-4', dueMs: 3 * HOUR, cause: { decisionId: 'D-1' } }]);
    const after = work(4 * HOUR);
    triggerInject(after, late, { decisionId: 'D-1' });
    expect(triggered(after)).toEqual([
      { injectId: 'INJ-4', dueMs: 4.5 * HOUR, cause: { decisionId: 'D-1' } },
    ]);
  });

  it('leaves alone an inject that is not waiting', () => {
    const core = work();
    triggerInject(core, inject('INJ-1'), { decisionId: 'D-1' }); // released at T+0
    core.state.injects['INJ-4']!.status = 'held';
    triggerInject(core, inject('INJ-4'), { decisionId: 'D-1' });
    expect(core.batch).toEqual([]);
  });
});

describe('what releases a waiting inject', () => {
  it('is its mechanism entering the state it waits for', () => {
    const core = work();
    checkStateTriggers(core, 'crisis'); // standby
    checkStateTriggers(core, 'no-such-actor');
    expect(core.batch).toEqual([]);
    core.state.actors.crisis!.value = { full: { meetings: 'idle', measures: 'drafting' } };
    checkStateTriggers(core, 'crisis');
    expect(triggered(core)).toEqual([
      { injectId: 'INJ-3', dueMs: HOUR, cause: { state: 'full.measures.drafting', actorKey: 'crisis' } },
    ]);
  });

  it('is the decision it waits for: its machine, event, role and case', () => {
    const decision = {
      machine: 'solidarity',
      event: 'INVOKE',
      role: 'ms-a',
      instance: 'arland',
      decisionId: 'D-5',
    };
    for (const other of [
      { event: 'WITHDRAW' },
      { machine: 'crisis' },
      { role: 'ms-c' },
      { instance: 'borland' },
      { instance: null },
    ]) {
      const core = work();
      checkDecisionTriggers(core, { ...decision, ...other });
      expect(core.batch, JSON.stringify(other)).toEqual([]);
    }
    const core = work();
    checkDecisionTriggers(core, decision);
    expect(triggered(core)).toEqual([{ injectId: 'INJ-4', dueMs: 0, cause: { decisionId: 'D-5' } }]);
  });

  it('is a missed window of the expected action it watches, and no other', () => {
    const other = work(6 * HOUR);
    checkContingencies(other, 'INJ-1', 'EA-2');
    expect(other.batch).toEqual([]);
    const core = work(6 * HOUR);
    checkContingencies(core, 'INJ-1', 'EA-1');
    expect(triggered(core)).toEqual([
      { injectId: 'INJ-2', dueMs: 6 * HOUR, cause: { missed: { inject: 'INJ-1', action: 'EA-1' } } },
    ]);
  });
});
