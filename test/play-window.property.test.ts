// Play happens only between STARTEX and ENDEX, and not while the real-world safety stop stands (issue 18):
// random sequences of host pulses, clock commands, NO PLAY and player commands, started or not, on the mini
// exercise. The oracle is the log itself, read by event type: no play event before `exercise.started` or
// after `exercise.ended`, no player's event while NO PLAY stands, and scenario time still during it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExerciseEvent } from '../core/index';
import { Harness, HOUR } from './fixtures/engine-harness';

/**
 * Events that are play: what reaches or comes from the players, and the machinery it moves. The cases a
 * scenario declares are started, and their first timers scheduled, when the exercise is created: set-up,
 * not play (`mechanism.started`, `timer.scheduled`).
 */
const PLAY = new Set([
  'inject.released',
  'inject.delivered',
  'inject.blocked',
  'inject.acknowledged',
  'decision.taken',
  'decision.voided',
  'mechanism.transitioned',
  'timer.fired',
  'route.sent',
  'message.sent',
  'message.delivered',
  'message.read',
  'expected-action.missed',
]);

/** What only a player (or control acting as one) causes. */
const BY_PLAYERS = new Set(['decision.taken', 'message.sent', 'message.read', 'inject.acknowledged']);

const step = fc.oneof(
  fc.record({ kind: fc.constant('pulse' as const), minutes: fc.integer({ min: 0, max: 240 }) }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constantFrom(
      'exercise/start',
      'exercise/end',
      'exercise/pause',
      'exercise/resume',
      'exercise/jump-next',
    ),
    role: fc.constant('excon'),
    payload: fc.constant({}),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constant('exercise/jump-to'),
    role: fc.constant('excon'),
    payload: fc.record({ scenarioMs: fc.integer({ min: 0, max: 40 * HOUR }) }),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constant('exercise/no-play'),
    role: fc.constant('excon'),
    payload: fc.oneof(
      fc.record({ on: fc.constant(true), notice: fc.constantFrom('Fire alarm', '  ', '') }),
      fc.constant({ on: false }),
    ),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constant('decision/take'),
    role: fc.constantFrom('ms-a', 'presidency'),
    payload: fc.constantFrom(
      { machine: 'crisis', event: 'RAPID_ALERT', fields: {} },
      { machine: 'crisis', event: 'CONSULT', fields: {} },
    ),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constant('message/send'),
    role: fc.constantFrom('ms-a', 'nac', 'simcell'),
    payload: fc.constant({ to: ['presidency'], marking: 'PUBLIC', subject: 's', body: 'b' }),
  }),
  fc.record({
    kind: fc.constant('command' as const),
    type: fc.constant('inject/acknowledge'),
    role: fc.constantFrom('ms-a', 'ms-c'),
    payload: fc.constant({ injectId: 'INJ-1' }),
  }),
);

function seqOf(events: readonly ExerciseEvent[], type: string): number {
  return events.find((event) => event.type === type)?.seq ?? Number.POSITIVE_INFINITY;
}

describe('the play window', { timeout: 180_000 }, () => {
  it('holds no play before STARTEX or after ENDEX, and nothing from players or the clock during NO PLAY', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(step, { maxLength: 25 }), async (startFirst, steps) => {
        const harness = await Harness.create();
        await harness.send('exercise/speed', { speed: 60 });
        // Half the plays start at once, so most of their steps fall inside the play window.
        if (startFirst) await harness.send('exercise/start');
        for (const item of steps) {
          if (item.kind === 'pulse') {
            harness.wallMs += item.minutes * 60_000;
            await harness.engine.tick(harness.wallMs);
          } else await harness.send(item.type, item.payload, item.role);
        }
        const events = harness.engine.events;
        const started = seqOf(events, 'exercise.started');
        const ended = seqOf(events, 'exercise.ended');
        for (const event of events.filter((candidate) => PLAY.has(candidate.type))) {
          expect(event.seq, `${event.type} before STARTEX`).toBeGreaterThan(started);
          expect(event.seq, `${event.type} after ENDEX`).toBeLessThan(ended);
        }
        let stoppedAt: number | null = null;
        for (const event of events) {
          if (event.type === 'no-play.started') {
            expect(event.payload.notice.trim()).not.toBe('');
            stoppedAt = event.scenarioMs;
          } else if (event.type === 'no-play.lifted') stoppedAt = null;
          else if (stoppedAt !== null) {
            expect(BY_PLAYERS.has(event.type), `${event.type} during NO PLAY`).toBe(false);
            expect(event.scenarioMs, `${event.type} moved the clock during NO PLAY`).toBe(stoppedAt);
          }
        }
      }),
      { seed: 20261202, numRuns: 120 },
    );
  });
});
