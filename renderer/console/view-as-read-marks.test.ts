import { describe, expect, it } from 'vitest';
import type { StationEvent } from '../../core/index';
import { engineReadMarks } from './view-as-read-marks';

/** Just the fields the folds read, in the shape of the station's stream. */
const event = (streamSeq: number, type: string, payload: Record<string, unknown>) =>
  ({ streamSeq, type, scenarioMs: 0, payload }) as unknown as StationEvent;
const content = {
  title: 'Inject',
  text: 'Text',
  from: 'x',
  to: ['ms-a'],
  channel: 'email',
  marking: 'PUBLIC',
};
const message = {
  subject: 'Subject',
  body: 'Body',
  from: 'x',
  to: ['ms-a'],
  marking: 'PUBLIC',
  inReplyTo: null,
  injectRefs: [],
};

const stream: StationEvent[] = [
  event(1, 'inject.delivered', { role: 'ms-a', injectId: 'INJ-1', content }),
  event(2, 'inject.delivered', { role: 'ms-a', injectId: 'INJ-2', content }),
  event(3, 'message.delivered', { role: 'ms-a', messageId: 'M-1', ...message }),
  event(4, 'message.delivered', { role: 'ms-a', messageId: 'M-2', ...message }),
  event(5, 'inject.delivered', { role: 'ms-b', injectId: 'INJ-1', content }),
  event(6, 'inject.acknowledged', { role: 'ms-a', injectId: 'INJ-1' }),
  event(7, 'message.read', { role: 'ms-a', messageId: 'M-2' }),
  // Another role's acknowledgement reads nothing for this one.
  event(8, 'inject.acknowledged', { role: 'ms-b', injectId: 'INJ-2' }),
];

describe('the read marks of "view as role"', () => {
  it('are the deliveries the role itself acknowledged or read, as the engine logged them', () => {
    expect([...engineReadMarks(stream, 'ms-a')].sort()).toEqual([1, 4]);
  });

  it('belong to the role: another role’s read marks are its own', () => {
    expect([...engineReadMarks(stream, 'ms-b')]).toEqual([]);
  });

  it('are none before the role has acted on anything', () => {
    expect(engineReadMarks(stream.slice(0, 5), 'ms-a').size).toBe(0);
  });
});
