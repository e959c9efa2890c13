import { describe, expect, it } from 'vitest';
import { HOUR, reviewModels } from '../../test/fixtures/review-log';
import { eventWordsFrom } from '../components/index';
import { keyEvents, neighbourKeyEvent } from './key-events';

const describeWords = {
  phase: (states: readonly string[]) => `phase ${states.join(',')}`,
  started: (mechanism: string) => `${mechanism} started`,
  ended: 'ENDEX',
};

describe('keyEvents', () => {
  it('marks the starts, the decisions that stand and ENDEX, in log order', async () => {
    const { models } = await reviewModels();
    const events = keyEvents(models, eventWordsFrom(models.content), describeWords);
    // The review log (test/fixtures/review-log.ts): ADOPT at T+5h was voided, so it is not a key event.
    expect(events.map((event) => [event.kind, event.scenarioMs / HOUR])).toEqual([
      ['started', 0],
      ['decision', 2],
      ['decision', 2],
      ['decision', 2],
      ['decision', 3],
      ['decision', 4],
      ['ended', 7],
    ]);
    expect(events[1]?.label).toMatch(/^.+: Send a rapid alert$/);
    expect(events.at(-1)?.label).toBe('ENDEX');
  });

  it('finds the next key event after a time and the last one before it', async () => {
    const { models } = await reviewModels();
    const events = keyEvents(models, eventWordsFrom(models.content), describeWords);
    expect(neighbourKeyEvent(events, 2.5 * HOUR, 'next')?.scenarioMs).toBe(3 * HOUR);
    // Three decisions at T+2h: the previous one is the last of them.
    expect(neighbourKeyEvent(events, 2.5 * HOUR, 'previous')).toBe(events[3]);
    expect(neighbourKeyEvent(events, 0, 'previous')).toBeNull();
    expect(neighbourKeyEvent(events, 7 * HOUR, 'next')).toBeNull();
  });
});
