import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import type { InjectContent } from '../events/index';
import { ExpectedActionLog } from './expected-action-log';

const content: InjectContent = {
  title: 'Port',
  text: 'Explosion',
  from: 'press',
  to: ['ms-a'],
  channel: 'news',
  marking: 'PUBLIC',
  priority: 'routine',
};

/** INJ-1 released at seq 1 with EA-1 (window closing at 6 h) and EA-2 (no window). */
const released = (seq = 1) =>
  logEvent(seq, 'inject.released', {
    injectId: 'INJ-1',
    content,
    deadlines: { 'EA-1': 21_600_000, 'EA-2': null },
    cause: 'schedule',
    adhoc: false,
  });

function logOf(...events: ReturnType<typeof logEvent>[]): ExpectedActionLog {
  const log = new ExpectedActionLog();
  for (const event of events) log.apply(event);
  return log;
}

describe('ExpectedActionLog', () => {
  it('opens each action of a released inject with its deadline', () => {
    const log = logOf(released());
    expect([...log.all()].map((record) => [record.actionId, record.deadlineMs, record.status])).toEqual([
      ['EA-1', 21_600_000, 'open'],
      ['EA-2', null, 'open'],
    ]);
    expect(log.released).toBe(2);
    expect(log.byStatus()).toEqual({ open: 2, met: 0, missed: 0, 'marked-met': 0, 'marked-unmet': 0 });
  });

  it('settles an action met by a decision, with the role and the decision', () => {
    const log = logOf(
      released(),
      logEvent(5, 'expected-action.met', {
        injectId: 'INJ-1',
        actionId: 'EA-1',
        decisionId: 'D-7',
        role: 'ms-a',
      }),
    );
    expect(log.get('INJ-1', 'EA-1')).toMatchObject({
      status: 'met',
      by: 'ms-a',
      decisionId: 'D-7',
      settled: { seq: 5, scenarioMs: 300_000, wallMs: 1_700_000_005_000 },
    });
    expect(log.byStatus()).toMatchObject({ open: 1, met: 1 });
  });

  it('lets the latest mark stand, with who marked it and the note', () => {
    const log = logOf(
      released(),
      logEvent(
        3,
        'expected-action.marked',
        { injectId: 'INJ-1', actionId: 'EA-2', met: false },
        { role: 'excon' },
      ),
      logEvent(
        4,
        'expected-action.marked',
        { injectId: 'INJ-1', actionId: 'EA-2', met: true, note: 'Press line agreed' },
        { role: 'ev-1' },
      ),
    );
    expect(log.get('INJ-1', 'EA-2')).toMatchObject({
      status: 'marked-met',
      by: 'ev-1',
      byAgent: false,
      note: 'Press line agreed',
    });
    expect(log.byStatus()).toEqual({ open: 1, met: 0, missed: 0, 'marked-met': 1, 'marked-unmet': 0 });
  });

  it('says when an automated role settled it: a mark from an agent’s station is not the evaluator’s own', () => {
    const marked = (seq: number, station: string) =>
      logEvent(
        seq,
        'expected-action.marked',
        { injectId: 'INJ-1', actionId: 'EA-2', met: true },
        { role: 'lead-evaluator', station },
      );
    expect(logOf(released(), marked(3, 'agent:doctrine')).get('INJ-1', 'EA-2')).toMatchObject({
      by: 'lead-evaluator',
      byAgent: true,
    });
    // A later mark by the evaluator in person stands, and is theirs.
    const log = logOf(released(), marked(3, 'agent:doctrine'), marked(4, 'station-evaluator'));
    expect(log.get('INJ-1', 'EA-2')).toMatchObject({ by: 'lead-evaluator', byAgent: false });
  });

  it('records a missed action, and ignores a settling event for an action never released', () => {
    const log = logOf(
      released(),
      logEvent(9, 'expected-action.missed', { injectId: 'INJ-1', actionId: 'EA-1' }),
      logEvent(10, 'expected-action.missed', { injectId: 'INJ-9', actionId: 'EA-1' }),
    );
    expect(log.get('INJ-1', 'EA-1')).toMatchObject({ status: 'missed', by: null, decisionId: null });
    expect(log.get('INJ-9', 'EA-1')).toBeUndefined();
    expect(log.byStatus()).toMatchObject({ open: 1, missed: 1 });
  });

  it('opens an action afresh when its inject is released again, counting it once', () => {
    const log = logOf(
      released(1),
      logEvent(2, 'expected-action.missed', { injectId: 'INJ-1', actionId: 'EA-1' }),
      released(3),
    );
    expect(log.get('INJ-1', 'EA-1')).toMatchObject({ status: 'open', released: { seq: 3 } });
    expect(log.released).toBe(2);
    expect(log.byStatus()).toEqual({ open: 2, met: 0, missed: 0, 'marked-met': 0, 'marked-unmet': 0 });
  });
});
