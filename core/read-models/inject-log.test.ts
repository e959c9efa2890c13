import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import type { InjectContent } from '../events/index';
import { InjectLog } from './inject-log';

const content: InjectContent = {
  title: 'Port',
  text: 'Explosion',
  from: 'press',
  to: ['ms-a', 'ms-c', 'nac'],
  channel: 'news',
  marking: 'EU-ONLY',
  priority: 'routine',
};

function logOf(...events: ReturnType<typeof logEvent>[]): InjectLog {
  const log = new InjectLog();
  for (const event of events) log.apply(event);
  return log;
}

/** INJ-1 released at seq 2, delivered to ms-a (3) and ms-c (4), blocked for nac (5); ms-a acknowledges (8). */
const portInject = () =>
  logOf(
    logEvent(1, 'inject.edited', { injectId: 'INJ-1', changes: { title: 'Port' } }),
    logEvent(2, 'inject.released', {
      injectId: 'INJ-1',
      content,
      deadlines: {},
      cause: 'controller',
      adhoc: false,
    }),
    logEvent(3, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-a', content }),
    logEvent(4, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-c', content }),
    logEvent(5, 'inject.blocked', {
      injectId: 'INJ-1',
      role: 'nac',
      marking: 'EU-ONLY',
      reason: 'not cleared for EU-ONLY',
    }),
    logEvent(6, 'message.sent', {
      messageId: 'M-1',
      from: 'ms-a',
      to: ['ms-c'],
      marking: 'EU-ONLY',
      subject: 's',
      body: 'b',
      inReplyTo: null,
      injectRefs: ['INJ-1'],
    }),
    logEvent(8, 'inject.acknowledged', { injectId: 'INJ-1', role: 'ms-a' }),
  );

describe('InjectLog', () => {
  it('keeps what an inject said when released, when, and why', () => {
    const record = portInject().get('INJ-1');
    expect(record).toMatchObject({
      injectId: 'INJ-1',
      content,
      released: { seq: 2, scenarioMs: 120_000, wallMs: 1_700_000_002_000 },
      cause: 'controller',
      adhoc: false,
    });
  });

  it('tracks each recipient: delivered, blocked with the reason, acknowledged with when', () => {
    const recipients = portInject().get('INJ-1')!.recipients;
    expect(recipients.get('ms-a')).toEqual({
      role: 'ms-a',
      status: 'acknowledged',
      delivered: { seq: 3, scenarioMs: 180_000, wallMs: 1_700_000_003_000 },
      acknowledged: { seq: 8, scenarioMs: 480_000, wallMs: 1_700_000_008_000 },
      acknowledgedByAgent: false,
      blockedReason: null,
      marking: 'EU-ONLY',
    });
    expect(recipients.get('ms-c')).toMatchObject({ status: 'delivered', acknowledged: null });
    expect(recipients.get('nac')).toMatchObject({
      status: 'blocked',
      delivered: null,
      blockedReason: 'not cleared for EU-ONLY',
    });
  });

  it('lists every step of the inject’s life in order, and no event about anything else', () => {
    const steps = portInject().get('INJ-1')!.steps;
    expect(steps.map((step) => [step.seq, step.type, step.role])).toEqual([
      [1, 'inject.edited', null],
      [2, 'inject.released', null],
      [3, 'inject.delivered', 'ms-a'],
      [4, 'inject.delivered', 'ms-c'],
      [5, 'inject.blocked', 'nac'],
      [8, 'inject.acknowledged', 'ms-a'],
    ]);
    expect(steps[4]?.reason).toBe('not cleared for EU-ONLY');
  });

  it('has a record, not yet released, for an inject the log only triggered or held', () => {
    const log = logOf(
      logEvent(1, 'inject.triggered', { injectId: 'INJ-3', dueMs: 3_600_000, cause: { decisionId: 'D-1' } }),
      logEvent(2, 'inject.held', { injectId: 'INJ-4' }),
    );
    expect([...log.all()].map((record) => [record.injectId, record.released, record.steps.length])).toEqual([
      ['INJ-3', null, 1],
      ['INJ-4', null, 1],
    ]);
    expect(log.get('INJ-9')).toBeUndefined();
  });

  it('ignores an acknowledgement from a role it was never delivered to', () => {
    const log = logOf(logEvent(1, 'inject.acknowledged', { injectId: 'INJ-1', role: 'ms-a' }));
    expect(log.get('INJ-1')?.recipients.size).toBe(0);
  });
});
