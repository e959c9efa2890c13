import { describe, expect, it } from 'vitest';
import type { ExerciseEvent } from '../../../core/index';
import { logEvent } from '../../../test/fixtures/log-event';
import { deliveredMessages } from './delivered-messages';

const message = {
  messageId: 'M-1',
  from: 'ms-a',
  to: ['press', 'nac'],
  marking: 'PUBLIC',
  subject: 'Statement',
  body: 'No comment yet.',
  inReplyTo: null,
  injectRefs: [],
};

describe('deliveredMessages', () => {
  it('keeps each delivery, one per recipient, and nothing of messages sent or read', () => {
    const events = [
      logEvent(1, 'message.sent', message),
      logEvent(2, 'message.delivered', { ...message, role: 'press' }, { scenarioMs: 60_000 }),
      logEvent(3, 'message.delivered', { ...message, role: 'nac' }, { scenarioMs: 60_000 }),
      logEvent(4, 'message.read', { messageId: 'M-1', role: 'nac', from: 'ms-a' }),
    ];
    expect(deliveredMessages(events)).toEqual([
      {
        messageId: 'M-1',
        from: 'ms-a',
        to: 'press',
        subject: 'Statement',
        body: 'No comment yet.',
        marking: 'PUBLIC',
        scenarioMs: 60_000,
      },
      {
        messageId: 'M-1',
        from: 'ms-a',
        to: 'nac',
        subject: 'Statement',
        body: 'No comment yet.',
        marking: 'PUBLIC',
        scenarioMs: 60_000,
      },
    ]);
  });

  it('reads on from where it stopped when the same log has grown', () => {
    const events: ExerciseEvent[] = [logEvent(1, 'message.delivered', { ...message, role: 'press' })];
    expect(deliveredMessages(events).map((entry) => entry.to)).toEqual(['press']);
    events.push(logEvent(2, 'message.delivered', { ...message, messageId: 'M-2', role: 'nac' }));
    expect(deliveredMessages(events).map((entry) => [entry.messageId, entry.to])).toEqual([
      ['M-1', 'press'],
      ['M-2', 'nac'],
    ]);
  });

  it('starts afresh for another log', () => {
    expect(deliveredMessages([])).toEqual([]);
    expect(deliveredMessages([logEvent(1, 'message.delivered', { ...message, role: 'ms-c' })])).toHaveLength(
      1,
    );
  });
});
