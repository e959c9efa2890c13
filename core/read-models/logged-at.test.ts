import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import { loggedAt } from './logged-at';

describe('loggedAt', () => {
  it('keeps an event’s place in the log and its two clocks, and nothing else', () => {
    const event = logEvent(7, 'inject.held', { injectId: 'INJ-1' }, { scenarioMs: 3_600_000 });
    expect(loggedAt(event)).toEqual({ seq: 7, scenarioMs: 3_600_000, wallMs: 1_700_000_007_000 });
  });
});
