import { describe, expect, it } from 'vitest';
import type { EventPayload, EventType } from '../../core/index';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { activeNoPlay, inboxItems, searchInbox, takenDecisions } from './inbox-items';

const event = <K extends EventType>(type: K, payload: EventPayload<K>, actingAs: string | null = null) =>
  stationEvent(type, payload, { actingAs });

const events = [
  event('inject.delivered', {
    injectId: 'INJ-1',
    role: 'ms-a',
    content: portBlast({ marking: 'PUBLIC', priority: 'flash' }),
  }),
  event('message.delivered', {
    messageId: 'M-2',
    role: 'ms-a',
    from: 'ms-c',
    to: ['ms-a'],
    subject: 'Help offered',
    body: 'We can send teams',
    marking: 'EU-ONLY',
    inReplyTo: null,
    injectRefs: ['INJ-1'],
  }),
  event('inject.acknowledged', { injectId: 'INJ-1', role: 'ms-a' }),
  event('no-play.started', { notice: 'Fire drill' }),
  event(
    'decision.taken',
    {
      decisionId: 'D-5',
      actorKey: 'crisis',
      machine: 'crisis',
      instance: null,
      event: 'RAPID_ALERT',
      fields: {},
      rationale: 'Now',
    },
    'ms-a',
  ),
  event('decision.voided', { decisionId: 'D-5', reason: 'Wrong button' }),
];

describe('inbox items', () => {
  it('folds deliveries newest first, marking acknowledged injects and unread messages', () => {
    const items = inboxItems(events, 'ms-a');
    expect(items.map((item) => [item.id, item.kind, item.channel, item.priority, item.done])).toEqual([
      ['M-2', 'message', 'message', 'routine', false],
      ['INJ-1', 'inject', 'news', 'flash', true],
    ]);
    expect(inboxItems(events, 'ms-c')).toEqual([]);
    const read = [...events, event('message.read', { messageId: 'M-2', role: 'ms-a', from: 'ms-c' })];
    expect(inboxItems(read, 'ms-a')[0]).toMatchObject({
      id: 'M-2',
      done: true,
      inReplyTo: null,
      injectRefs: ['INJ-1'],
    });
  });

  it('searches by every word of the query', () => {
    const items = inboxItems(events, 'ms-a');
    expect(searchInbox(items, 'smoke HARBOUR').map((item) => item.id)).toEqual(['INJ-1']);
    expect(searchInbox(items, 'teams ms-c').map((item) => item.id)).toEqual(['M-2']);
    expect(searchInbox(items, '')).toHaveLength(2);
  });

  it('knows whether the safety stop is on, and which decisions the role took', () => {
    expect(activeNoPlay(events)).toBe('Fire drill');
    expect(activeNoPlay([...events, event('no-play.lifted', {})])).toBeNull();
    expect(takenDecisions(events, 'ms-a')).toMatchObject([
      { decisionId: 'D-5', rationale: 'Now', voidedReason: 'Wrong button' },
    ]);
    expect(takenDecisions(events, 'ms-c')).toEqual([]);
  });
});
