// Metrics on small hand-built logs (the mini fixture, driven command by command), answers worked out here.
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { computeMetrics } from './compute-metrics';

async function handBuiltLog() {
  const h = await Harness.create();
  await h.startAtMaxSpeed(); //                                   T+0   INJ-1 delivered to ms-a and ms-c
  await h.jumpTo(1 * HOUR);
  await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c'); // T+1h  ms-c acknowledges after 1 h
  await h.jumpTo(2 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a'); // T+2h notify; meets INJ-1/EA-1
  await h.send('decision/take', { machine: 'crisis', event: 'STAND_DOWN' }, 'presidency'); // back to standby
  await h.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
  await h.jumpTo(3 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency'); // T+3h decide; enters sharing
  await h.jumpTo(4 * HOUR);
  await h.send(
    'decision/take',
    { machine: 'crisis', event: 'ESCALATE', fields: { reason: 'spread' } },
    'presidency',
  ); // T+4h enters full
  await h.jumpTo(5 * HOUR); //                                     T+5h  INJ-3 (NATO-ONLY) released to ms-a
  await h.send('decision/take', { machine: 'crisis', event: 'ADOPT' }, 'presidency'); // T+5h activate
  await h.send(
    'message/send',
    { to: ['ms-a', 'ms-c'], marking: 'NATO-ONLY', subject: 'Allied line', body: 'b' },
    'nac',
  );
  await h.send(
    'message/send',
    { to: ['nac'], marking: 'REL-EU-NATO', subject: 'EU line', body: 'b' },
    'presidency',
  );
  await h.jumpTo(6 * HOUR);
  const natoMessage = h.eventsOf('message.sent')[0]!.payload.messageId;
  await h.send('message/read', { messageId: natoMessage }, 'ms-a'); // T+6h read after 1 h
  await h.jumpTo(13 * HOUR); //                                    T+12h INJ-1/EA-2 (free text, 12 h) missed
  return h;
}

describe('computeMetrics on a hand-built log', () => {
  it('times the response stages, in scenario and wall time', async () => {
    const h = await handBuiltLog();
    const { stages } = computeMetrics(h.engine.events, h.engine.content);
    // No report-stage decision exists in the mini playbook, so T_detect is null and T_notify starts at the
    // first delivery (T+0); T_assess is null too, so T_decide runs from the notification (T+2h).
    expect(stages.total.detect).toBeNull();
    expect(stages.total.notify?.scenarioMs).toBe(2 * HOUR);
    expect(stages.total.assess).toBeNull();
    expect(stages.total.decide?.scenarioMs).toBe(1 * HOUR);
    expect(stages.total.activate?.scenarioMs).toBe(2 * HOUR);
    const decide = stages.total.decide!;
    const [from, to] = [h.engine.events[decide.fromSeq - 1]!, h.engine.events[decide.toSeq - 1]!];
    expect(decide.wallMs).toBe(to.wallMs - from.wallMs);
    expect(Object.keys(stages.byMechanism)).toEqual(['crisis']);
  });

  it('compares the playbook windows', async () => {
    const h = await handBuiltLog();
    const { windows } = computeMetrics(h.engine.events, h.engine.content);
    // The rapid alert first entered `sharing` at T+2h (a window counts from the first time); full at T+4h.
    expect(windows).toEqual([
      expect.objectContaining({
        actorKey: 'crisis',
        windowId: 'sharing-to-full',
        expectedMs: 72 * HOUR,
        status: 'met',
        span: expect.objectContaining({ scenarioMs: 2 * HOUR }),
      }),
    ]);
  });

  it('measures acknowledgement per role and the expected actions', async () => {
    const h = await handBuiltLog();
    const metrics = computeMetrics(h.engine.events, h.engine.content);
    expect(metrics.acknowledgement).toEqual([
      expect.objectContaining({ role: 'ms-a', delivered: 2, acknowledged: 0 }),
      expect.objectContaining({
        role: 'ms-c',
        delivered: 1,
        acknowledged: 1,
        scenario: { count: 1, meanMs: HOUR, medianMs: HOUR, maxMs: HOUR },
      }),
    ]);
    expect(metrics.expectedActions).toEqual({
      total: 3,
      released: 2,
      byStatus: { open: 0, met: 1, missed: 1, 'marked-met': 0, 'marked-unmet': 0 },
      hitRate: 0.5,
      contingenciesReleased: 0,
    });
  });

  it('maps information sharing, the exchange graph, its EU-NATO subset and what markings blocked', async () => {
    const h = await handBuiltLog();
    const { infoSharing, exchange } = computeMetrics(h.engine.events, h.engine.content);
    expect(infoSharing).toEqual([
      expect.objectContaining({
        fromOrg: 'council',
        toOrg: 'nato',
        marking: 'REL-EU-NATO',
        delivered: 1,
        read: 0,
      }),
      expect.objectContaining({
        fromOrg: 'nato',
        toOrg: 'state-a',
        marking: 'NATO-ONLY',
        delivered: 1,
        read: 1,
        scenario: expect.objectContaining({ medianMs: HOUR }),
      }),
    ]);
    // INJ-1 (the press's Evening Courier, PUBLIC) reached ms-a and ms-c; INJ-3 (NATO-ONLY) reached ms-a; NAC's
    // NATO-ONLY message reached ms-a and was blocked for ms-c; the Presidency's REL-EU-NATO one reached NAC.
    const edge = (fromOrg: string, fromSide: string, toOrg: string, toSide: string) => ({
      fromOrg,
      fromSide,
      toOrg,
      toSide,
      messages: 0,
      injects: 0,
      products: 0,
      blocked: 0,
      euNato: false,
    });
    expect(exchange.edges).toEqual([
      { ...edge('Evening Courier', 'external', 'state-a', 'national'), injects: 1 },
      { ...edge('Evening Courier', 'external', 'state-c', 'national'), injects: 1 },
      { ...edge('council', 'eu', 'nato', 'nato'), messages: 1, euNato: true },
      { ...edge('nato', 'nato', 'state-a', 'national'), messages: 1, injects: 1 },
      { ...edge('nato', 'nato', 'state-c', 'national'), blocked: 1 },
    ]);
    // Only the Presidency's message crossed between the EU and NATO sides: the Member States are national.
    expect(exchange.euNato).toEqual({
      exchanges: 1,
      messages: 1,
      products: 0,
      blocked: 0,
      scriptedInjects: 0,
    });
    expect(exchange.blockedByMarking).toEqual({ 'NATO-ONLY': 1 });
  });

  it('leaves voided decisions out of the timings and flags them', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
    await h.jumpTo(HOUR);
    await h.send('decision/take', { machine: 'crisis', event: 'ACTIVATE' }, 'presidency');
    const decisionId = h.eventsOf('decision.taken').at(-1)!.payload.decisionId;
    await h.send('decision/void', { decisionId, reason: 'wrong button' });
    const metrics = computeMetrics(h.engine.events, h.engine.content);
    expect(metrics.stages.total.decide).toBeNull();
    expect(metrics.windows).toEqual([]);
    expect(metrics.consistency.voidedDecisions).toEqual([
      expect.objectContaining({ decisionId, machine: 'crisis', event: 'ACTIVATE', reason: 'wrong button' }),
    ]);
  });

  it('counts observations with their amendments and the latest rating of each objective', async () => {
    const h = await Harness.create();
    await h.startAtMaxSpeed();
    await h.send('observation/record', { observationId: 'O1', text: 'slow' });
    await h.send('observation/amend', { observationId: 'O1', text: 'slow, 4 h', reason: 'checked' });
    await h.send('rating/give', { objectiveId: 'obj-alert', rating: 'M', rationale: 'first' });
    await h.send('rating/give', { objectiveId: 'obj-alert', rating: 'S', rationale: 'revised' });
    expect(computeMetrics(h.engine.events, h.engine.content).evaluation).toEqual({
      observations: 1,
      amendments: 1,
      ratings: { S: 1 },
    });
  });
});
