import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import { EvaluationLog } from './evaluation-log';

function logOf(...events: ReturnType<typeof logEvent>[]): EvaluationLog {
  const log = new EvaluationLog();
  for (const event of events) log.apply(event);
  return log;
}

describe('EvaluationLog', () => {
  it('keeps an observation with its kind, links and objective, and who recorded it when', () => {
    const log = logOf(
      logEvent(
        3,
        'observation.recorded',
        {
          observationId: 'O1',
          objectiveId: 'obj-alert',
          kind: 'strength',
          injectId: 'INJ-1',
          role: 'ms-a',
          text: 'Fast alert',
        },
        { role: 'lead-evaluator' },
      ),
    );
    expect(log.observations()).toEqual([
      {
        observationId: 'O1',
        objectiveId: 'obj-alert',
        by: 'lead-evaluator',
        seq: 3,
        scenarioMs: 180_000,
        wallMs: 1_700_000_003_000,
        current: { kind: 'strength', links: { injectId: 'INJ-1', role: 'ms-a' }, body: 'Fast alert' },
        history: [{ text: 'Fast alert', reason: null, scenarioMs: 180_000, wallMs: 1_700_000_003_000 }],
      },
    ]);
  });

  it('adds each amendment as a version and shows the latest text, counting amendments', () => {
    const log = logOf(
      logEvent(1, 'observation.recorded', { observationId: 'O1', text: 'slow' }),
      logEvent(2, 'observation.recorded', { observationId: 'O2', text: 'clear' }),
      logEvent(4, 'observation.amended', {
        observationId: 'O1',
        text: 'slow, 4 h',
        reason: 'checked the log',
      }),
      logEvent(6, 'observation.amended', { observationId: 'O1', text: 'slow, 5 h', reason: 'recounted' }),
    );
    const [first, second] = log.observations();
    expect(first?.current).toEqual({ kind: 'observation', links: {}, body: 'slow, 5 h' });
    expect(first?.history.map((version) => [version.text, version.reason])).toEqual([
      ['slow', null],
      ['slow, 4 h', 'checked the log'],
      ['slow, 5 h', 'recounted'],
    ]);
    expect(second?.history).toHaveLength(1);
    expect(log.amendments).toBe(2);
  });

  it('ignores an amendment of an observation it never saw', () => {
    const log = logOf(logEvent(1, 'observation.amended', { observationId: 'O9', text: 'x', reason: 'y' }));
    expect(log.observations()).toEqual([]);
    expect(log.amendments).toBe(0);
  });

  it('keeps every rating per objective, the last one standing', () => {
    const log = logOf(
      logEvent(
        1,
        'rating.given',
        { objectiveId: 'obj-alert', rating: 'M', rationale: 'first' },
        { role: 'ev-1' },
      ),
      logEvent(
        2,
        'rating.given',
        { objectiveId: 'obj-share', rating: 'P', rationale: 'good' },
        { role: 'ev-1' },
      ),
      logEvent(
        3,
        'rating.given',
        { objectiveId: 'obj-alert', rating: 'S', rationale: 'revised' },
        { role: 'ev-2' },
      ),
    );
    expect(
      log
        .ratings()
        .get('obj-alert')
        ?.map((given) => [given.rating, given.by]),
    ).toEqual([
      ['M', 'ev-1'],
      ['S', 'ev-2'],
    ]);
    const latest = log.latestRatings();
    expect([...latest.keys()]).toEqual(['obj-alert', 'obj-share']);
    expect(latest.get('obj-alert')).toMatchObject({ rating: 'S', rationale: 'revised', seq: 3 });
  });
});
