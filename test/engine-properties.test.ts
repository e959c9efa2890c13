// Property tests: random valid and invalid command sequences keep the log's invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRoleSee, replay } from '../core/index';
import { Harness, HOUR } from './fixtures/engine-harness';

const ROLES = ['excon', 'simcell', 'presidency', 'ms-a', 'ms-c', 'nac', 'press'];
const MARKINGS = ['PUBLIC', 'EU-ONLY', 'NATO-ONLY', 'REL-EU-NATO', 'SECRET'];

const command = fc.oneof(
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

describe('engine invariants under random command sequences', { timeout: 180_000 }, () => {
  it('contiguous seq, each command id applied once, replay = live, nothing visible to a role that may not see it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(command, fc.integer({ min: 0, max: 5 })), { maxLength: 30 }),
        async (steps) => {
          const harness = await Harness.create();
          await harness.startAtMaxSpeed();
          for (const [step, idChoice] of steps) {
            // Command ids repeat on purpose: a resend must never be applied twice.
            await harness.send(step.type, step.payload, step.role, {
              commandId: `id-${idChoice}-${step.type}`,
            });
          }
          const { engine } = harness;
          const events = engine.events;
          expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
          const byCommand = new Map<string, number[]>();
          for (const event of events)
            if (event.commandId)
              byCommand.set(event.commandId, [...(byCommand.get(event.commandId) ?? []), event.seq]);
          for (const [commandId, seqs] of byCommand) {
            expect(seqs).toEqual(engine.commandSeqs(commandId));
            expect(seqs).toEqual(seqs.map((_, index) => (seqs[0] as number) + index));
          }
          expect(replay(events, engine.content)).toEqual(engine.state);
          for (const role of engine.roles.values()) {
            for (const event of engine.stationView(role.id).events) {
              expect(canRoleSee(engine.content.playbook, role, event)).toBe(true);
              if (role.audience === 'players' && event.marking)
                expect(engine.content.playbook.canSee(role, event.marking)).toBe(true);
            }
          }
        },
      ),
      { seed: 20261128, numRuns: 60 },
    );
  });
});
