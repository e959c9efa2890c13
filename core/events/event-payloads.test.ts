import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS, INJECT_PRIORITIES, injectPriorityOf, TransitionCause } from './event-payloads';

describe('injectPriorityOf', () => {
  it.each([
    ['routine', 'routine'],
    ['priority', 'priority'],
    ['flash', 'flash'],
    // Anything else the log holds reads as routine, including another case.
    ['FLASH', 'routine'],
    ['immediate', 'routine'],
    ['', 'routine'],
  ])('"%s" reads as %s', (text, priority) => {
    expect(injectPriorityOf(text)).toBe(priority);
  });

  it('knows three priorities, from least to most urgent', () => {
    expect(INJECT_PRIORITIES).toEqual(['routine', 'priority', 'flash']);
  });
});

describe('the payload schemas', () => {
  it('tell transition causes apart by their kind', () => {
    expect(TransitionCause.safeParse({ kind: 'timer', timerId: 'T-1' }).success).toBe(true);
    expect(TransitionCause.safeParse({ kind: 'timer', decisionId: 'D-1' }).success).toBe(false);
    expect(TransitionCause.safeParse({ kind: 'vote', decisionId: 'D-1' }).success).toBe(false);
  });

  it('take a state value as a name or as nested regions, nothing else', () => {
    const started = (value: unknown) =>
      EVENT_PAYLOADS['mechanism.started'].safeParse({
        actorKey: 'crisis',
        machine: 'crisis',
        instance: null,
        value,
        context: { flags: {}, counters: {}, instance: null },
      }).success;
    expect(started('standby')).toBe(true);
    expect(started({ full: { meetings: 'idle', measures: 'drafting' } })).toBe(true);
    expect(started(['standby'])).toBe(false);
    expect(started(3)).toBe(false);
  });

  it('accept fields they do not name, since a logged line is never rewritten', () => {
    const held = EVENT_PAYLOADS['inject.held'];
    expect(held.safeParse({ injectId: 'INJ-1', note: 'from a later version' }).success).toBe(true);
    expect(held.safeParse({ note: 'no inject' }).success).toBe(false);
  });

  it('refuse a rating outside P, S, M and U', () => {
    const rating = (value: string) =>
      EVENT_PAYLOADS['rating.given'].safeParse({ objectiveId: 'obj', rating: value, rationale: '' }).success;
    expect(['P', 'S', 'M', 'U'].map(rating)).toEqual([true, true, true, true]);
    expect(rating('X')).toBe(false);
  });
});
