// Property tests: random valid and invalid command sequences keep the log's invariants, judged against the
// commands the test SENT (issue 19 §5), never against an index the engine built from the same events: an id
// the test saw accepted appends nothing when resent, a refused command leaves no event of its own, an
// accepted one appears with the test's payload and sender, and who received which message or decision text
// is judged by the clearance oracle (fixtures/clearance-oracle.ts) from the markings and roles the test chose.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEvent, type ExerciseEvent } from '../core/index';
import { ClearanceTable, leaksAt, type RecordedText } from './fixtures/clearance-oracle';
import { Harness, HOUR } from './fixtures/engine-harness';
import { MINI_SCENARIO_PATH } from './fixtures/fixtures';

const ROLES = ['excon', 'simcell', 'presidency', 'ms-a', 'ms-c', 'nac', 'press'];
const MARKINGS = ['PUBLIC', 'EU-ONLY', 'NATO-ONLY', 'REL-EU-NATO', 'SECRET'];

const command = fc.oneof(
  // Decisions the mini playbook's owners can take, often, so accepted decisions (and their texts) occur.
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(
        { role: 'ms-a', payload: { machine: 'crisis', event: 'RAPID_ALERT', fields: {} } },
        { role: 'ms-a', payload: { machine: 'crisis', event: 'CONSULT', fields: {} } },
        { role: 'presidency', payload: { machine: 'crisis', event: 'ESCALATE', fields: { reason: 'why' } } },
        { role: 'presidency', payload: { machine: 'crisis', event: 'STAND_DOWN', fields: {} } },
        {
          role: 'ms-a',
          payload: {
            machine: 'solidarity',
            event: 'INVOKE',
            instance: 'arland',
            fields: { overwhelmed: true },
          },
        },
      )
      .map(({ role, payload }) => ({ type: 'decision/take' as const, payload, role })),
  },
  fc.record({
    type: fc.constant('exercise/jump-to'),
    payload: fc.record({ scenarioMs: fc.integer({ min: 0, max: 48 * HOUR }) }),
    role: fc.constant('excon'),
  }),
  fc.record({
    type: fc.constant('decision/take'),
    payload: fc.record({
      machine: fc.constantFrom('crisis', 'solidarity', 'nowhere'),
      event: fc.constantFrom(
        'CONSULT',
        'ACTIVATE',
        'ESCALATE',
        'STAND_DOWN',
        'MEET',
        'ADOPT',
        'RAPID_ALERT',
        'INVOKE',
        'WITHDRAW',
        'FORCED_FULL',
      ),
      instance: fc.option(fc.constantFrom('arland', 'other'), { nil: undefined }),
      fields: fc.record({ overwhelmed: fc.boolean(), reason: fc.constantFrom('why', '') }),
    }),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({
    type: fc.constant('message/send'),
    payload: fc.record({
      to: fc.subarray(ROLES, { minLength: 1 }),
      marking: fc.constantFrom(...MARKINGS),
      subject: fc.constant('s'),
      body: fc.constant('b'),
    }),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({
    type: fc.constantFrom('inject/acknowledge', 'inject/release-now', 'inject/skip', 'inject/hold'),
    payload: fc.record({ injectId: fc.constantFrom('INJ-1', 'INJ-2', 'INJ-3', 'INJ-9') }),
    role: fc.constantFrom(...ROLES),
  }),
  fc.record({
    type: fc.constantFrom('exercise/pause', 'exercise/resume', 'exercise/nonsense'),
    payload: fc.constant({}),
    role: fc.constantFrom('excon', 'ms-a'),
  }),
  fc.record({
    type: fc.constant('decision/void'),
    payload: fc.record({
      decisionId: fc.constantFrom('D-1', 'D-20', 'D-30'),
      reason: fc.constant('mistake'),
    }),
    role: fc.constant('excon'),
  }),
);

/** The mini playbook's clearances, read from its YAML by the oracle, not through the engine. */
const table = ClearanceTable.forScenario(
  readFileSync(MINI_SCENARIO_PATH, 'utf8'),
  'test/fixtures/mini-playbook',
);

/** Mechanisms of the mini playbook that run one case per instance (solidarity.yaml's `instanceKey`); the
 * others log a decision without the instance a sender named. */
const INSTANCED = new Set(['solidarity']);

/**
 * The event an accepted command must have appended, found among its own events by the test's payload: the
 * test's fields, read back. Returns a description of what is missing, or null.
 */
function expectEcho(
  own: readonly ExerciseEvent[],
  step: { type: string; payload: Record<string, unknown>; role: string },
): string | null {
  const p = step.payload;
  const found = own.some((event) => {
    switch (step.type) {
      case 'decision/take':
        return (
          isEvent(event, 'decision.taken') &&
          event.payload.machine === p.machine &&
          event.payload.event === p.event &&
          event.payload.instance === (INSTANCED.has(String(p.machine)) ? (p.instance ?? null) : null)
        );
      case 'message/send':
        return (
          isEvent(event, 'message.sent') &&
          event.payload.from === step.role &&
          event.payload.subject === p.subject &&
          event.payload.marking === p.marking &&
          JSON.stringify(event.payload.to) === JSON.stringify(p.to)
        );
      case 'exercise/jump-to':
        return isEvent(event, 'clock.jumped') && event.payload.toMs === p.scenarioMs;
      case 'inject/acknowledge':
        return (
          isEvent(event, 'inject.acknowledged') &&
          event.payload.injectId === p.injectId &&
          event.payload.role === step.role
        );
      case 'inject/release-now':
        return isEvent(event, 'inject.released') && event.payload.injectId === p.injectId;
      case 'inject/skip':
        return isEvent(event, 'inject.skipped') && event.payload.injectId === p.injectId;
      case 'inject/hold':
        return isEvent(event, 'inject.held') && event.payload.injectId === p.injectId;
      case 'exercise/pause':
        return isEvent(event, 'clock.paused');
      case 'exercise/resume':
        return isEvent(event, 'clock.resumed');
      case 'decision/void':
        return (
          isEvent(event, 'decision.voided') &&
          event.payload.decisionId === p.decisionId &&
          event.payload.reason === p.reason
        );
      default:
        return false;
    }
  });
  return found ? null : `${step.type} by ${step.role} accepted, but no event carries ${JSON.stringify(p)}`;
}

describe('engine invariants under random command sequences', { timeout: 180_000 }, () => {
  it('contiguous seq; each sent command id applied at most once, with the payload sent; refusals leave nothing; no uncleared role receives a text', async () => {
    const seen = {
      accepted: 0,
      refused: 0,
      resentAfterAccept: 0,
      messages: 0,
      decisions: 0,
      decisionTexts: 0,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(command, fc.integer({ min: 0, max: 3 })), { minLength: 10, maxLength: 30 }),
        async (steps) => {
          const harness = await Harness.create();
          await harness.startAtMaxSpeed();
          const { engine } = harness;
          /** The test's own ledger: each command id it saw accepted, and how many events it appended. */
          const applied = new Map<string, number>();
          const texts: RecordedText[] = [];
          for (const [index, [step, idChoice]] of steps.entries()) {
            // Command ids repeat on purpose: a resend must never be applied twice.
            // Decisions get an id per event too, or four accepted decisions would use up every id.
            const event = step.type === 'decision/take' ? `-${step.payload.event}` : '';
            const commandId = `id-${idChoice}-${step.type}${event}`;
            // Unique texts, so each can be traced to the command that wrote it.
            const chosen =
              step.type === 'message/send'
                ? { ...step.payload, subject: `subject-${index}` }
                : step.type === 'decision/take' &&
                    'reason' in step.payload.fields &&
                    step.payload.fields.reason !== ''
                  ? { ...step.payload, fields: { ...step.payload.fields, reason: `reason-${index}` } }
                  : step.payload;
            const sent = { type: step.type, payload: chosen as Record<string, unknown>, role: step.role };
            const before = engine.events.length;
            const reply = await harness.send(step.type, chosen, step.role, { commandId });
            const appended = engine.events.slice(before);
            const own = appended.filter((event) => event.commandId === commandId);
            if (applied.has(commandId)) {
              seen.resentAfterAccept += 1;
              expect(reply.ok, `resent ${commandId}`).toBe(true);
              expect(appended, `resent ${commandId} appended events`).toEqual([]);
            } else if (!reply.ok) {
              seen.refused += 1;
              expect(own, `refused ${commandId} left events`).toEqual([]);
            } else {
              seen.accepted += 1;
              expect(own.length, `accepted ${commandId} appended nothing`).toBeGreaterThan(0);
              // Every event of the command is stamped with the sender the test chose.
              for (const event of own) if (event.actor) expect(event.actor.role).toBe(step.role);
              expect(expectEcho(own, sent)).toBeNull();
              applied.set(commandId, own.length);
              if (step.type === 'message/send') {
                seen.messages += 1;
                const message = chosen as { to: string[]; marking: string; subject: string };
                texts.push({
                  text: message.subject,
                  markings: [message.marking],
                  // Positive control: every addressee cleared for the marking receives it.
                  expectedAt: message.to.filter((role) => table.cleared(role, [message.marking])),
                });
              } else if (step.type === 'decision/take') {
                seen.decisions += 1;
                const decision = chosen as {
                  machine: string;
                  event: string;
                  fields: Record<string, unknown>;
                };
                const reason = String(decision.fields.reason ?? '');
                if (table.textFields(decision.machine, decision.event).includes('reason') && reason) {
                  seen.decisionTexts += 1;
                  texts.push({
                    text: reason,
                    markings: table.decisionMarkings(decision.machine, decision.event, decision.fields),
                  });
                }
              }
            }
          }
          const events = engine.events;
          expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
          // Counted from what the test sent: the log holds exactly the accepted ids' events, no more.
          const logged = new Map<string, number>();
          for (const event of events)
            if (event.commandId?.startsWith('id-'))
              logged.set(event.commandId, (logged.get(event.commandId) ?? 0) + 1);
          expect(logged).toEqual(applied);
          const received = new Map(ROLES.map((role) => [role, engine.stationView(role)] as const));
          const { leaks, missing } = leaksAt(table, received, texts, 'exact');
          expect(leaks).toEqual([]);
          expect(missing).toEqual([]);
        },
      ),
      { seed: 20261128, numRuns: 60 },
    );
    // The interesting cases occurred, so the checks above ran on them.
    expect(seen.accepted, JSON.stringify(seen)).toBeGreaterThan(200);
    expect(seen.refused, JSON.stringify(seen)).toBeGreaterThan(300);
    expect(seen.resentAfterAccept, JSON.stringify(seen)).toBeGreaterThan(40);
    expect(seen.messages, JSON.stringify(seen)).toBeGreaterThan(40);
    expect(seen.decisions, JSON.stringify(seen)).toBeGreaterThan(100);
    expect(seen.decisionTexts, JSON.stringify(seen)).toBeGreaterThan(3);
  });
});
