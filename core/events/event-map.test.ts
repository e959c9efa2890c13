import { describe, expect, it } from 'vitest';
import { testEvent } from '../../test/event-store-contract';
import { EVENT_TYPES, isEvent, isEventOf, isEventType } from './event-map';

describe('the event vocabulary', () => {
  it('lists every event type once', () => {
    expect(EVENT_TYPES).toEqual(
      expect.arrayContaining(['exercise.created', 'inject.released', 'rating.given']),
    );
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  });

  it.each([
    ['inject.released', true],
    ['decision.voided', true],
    ['inject.release', false],
    ['', false],
    // Names an object has by inheritance are not event types.
    ['toString', false],
    ['constructor', false],
  ])('isEventType("%s") is %s', (type, expected) => {
    expect(isEventType(type)).toBe(expected);
  });
});

describe('isEvent and isEventOf', () => {
  const sent = testEvent('ex-1', 1);
  const read = { ...testEvent('ex-1', 2), type: 'message.read' as const };

  it('narrow by one type', () => {
    expect(isEvent(sent, 'message.sent')).toBe(true);
    expect(isEvent(sent, 'message.read')).toBe(false);
  });

  it('narrow by one of several types', () => {
    expect([sent, read].filter((event) => isEventOf(event, ['message.read', 'message.blocked']))).toEqual([
      read,
    ]);
    expect(isEventOf(sent, [])).toBe(false);
  });
});
