import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../core/index';
import { stationEvent } from '../../test/fixtures/station-events';
import { sentItems } from './sent-items';

const message = (messageId: string, from: string, to: string[]): EventPayload<'message.sent'> => ({
  messageId,
  from,
  to,
  marking: 'EU-ONLY',
  subject: `Subject ${messageId}`,
  body: 'b',
  inReplyTo: null,
  injectRefs: [],
});

describe('sentItems', () => {
  it('gives each recipient of each message this role sent: delivered, read, or blocked by the marking', () => {
    // ms-a's stream: its two messages, the block of nac, ms-c's read, and a message ms-a only received.
    const events = [
      stationEvent('message.sent', message('M-1', 'ms-a', ['ms-c', 'nac', 'ms-b']), { streamSeq: 1 }),
      stationEvent(
        'message.blocked',
        { messageId: 'M-1', role: 'nac', marking: 'EU-ONLY', from: 'ms-a' },
        { streamSeq: 2 },
      ),
      stationEvent('message.read', { messageId: 'M-1', role: 'ms-c', from: 'ms-a' }, { streamSeq: 3 }),
      stationEvent(
        'message.delivered',
        { ...message('M-4', 'ms-c', ['ms-a']), role: 'ms-a' },
        { streamSeq: 4 },
      ),
      stationEvent('message.read', { messageId: 'M-4', role: 'ms-a', from: 'ms-c' }, { streamSeq: 5 }),
      stationEvent('message.sent', message('M-6', 'ms-a', ['ms-b']), { streamSeq: 6 }),
    ];
    expect(sentItems(events, 'ms-a')).toEqual([
      {
        messageId: 'M-6',
        subject: 'Subject M-6',
        marking: 'EU-ONLY',
        scenarioMs: 6000,
        recipients: [{ role: 'ms-b', outcome: 'delivered' }],
      },
      {
        messageId: 'M-1',
        subject: 'Subject M-1',
        marking: 'EU-ONLY',
        scenarioMs: 1000,
        recipients: [
          { role: 'ms-c', outcome: 'read' },
          { role: 'nac', outcome: 'blocked' },
          { role: 'ms-b', outcome: 'delivered' },
        ],
      },
    ]);
    expect(sentItems(events, 'ms-c')).toEqual([]);
  });
});
