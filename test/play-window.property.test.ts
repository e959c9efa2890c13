// Play happens only between STARTEX and ENDEX, and not while the real-world safety stop stands (issue 18):
// random sequences of host pulses, clock commands, NO PLAY and player commands, started or not, on the mini
// exercise. The oracle is the test's own window model (WindowModel below), driven by the commands the test
// sent and the rules of docs/controller-guide.md ("After ENDEX", "NO PLAY…"), not the engine's state: what
// it says must be refused is, what it says must be accepted is, and a pulse while its clock stands appends
// nothing. The log is read too: no play event outside STARTEX–ENDEX, nothing from players and no clock
// movement while NO PLAY stands. Minimum counts prove each interesting case occurred.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandReply, ExerciseEvent } from '../core/index';
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

const PLAYER_COMMANDS = new Set(['decision/take', 'message/send', 'inject/acknowledge']);

/**
 * The play window as the controller guide states it. `must` is the model's verdict on a command: 'refuse'
 * or 'accept' when the rules decide it, 'either' when it turns on something the model does not track
 * (scenario time, the machines' states, the injects).
 */
class WindowModel {
  phase: 'ready' | 'running' | 'paused' | 'ended' = 'ready';
  noPlay = false;

  get clockRuns(): boolean {
    return this.phase === 'running' && !this.noPlay;
  }

  must(type: string, payload: Record<string, unknown>): 'accept' | 'refuse' | 'either' {
    if (this.phase === 'ended') return 'refuse';
    const notice = typeof payload.notice === 'string' ? payload.notice.trim() : '';
    switch (type) {
      case 'exercise/start':
        return this.phase === 'ready' && !this.noPlay ? 'accept' : 'refuse';
      case 'exercise/end':
        return 'accept';
      case 'exercise/pause':
        return this.phase === 'running' ? 'accept' : 'refuse';
      case 'exercise/resume':
        return this.phase === 'paused' && !this.noPlay ? 'accept' : 'refuse';
      case 'exercise/no-play':
        if (payload.on === true) return !this.noPlay && notice !== '' ? 'accept' : 'refuse';
        return this.noPlay ? 'accept' : 'refuse';
      case 'exercise/jump-to':
      case 'exercise/jump-next':
        return this.phase === 'ready' || this.noPlay ? 'refuse' : 'either';
      default:
        return PLAYER_COMMANDS.has(type) && (this.phase === 'ready' || this.noPlay) ? 'refuse' : 'either';
    }
  }

  /** Follow an accepted command. */
  accepted(type: string, payload: Record<string, unknown>): void {
    if (type === 'exercise/start' || type === 'exercise/resume') this.phase = 'running';
    else if (type === 'exercise/pause') this.phase = 'paused';
    else if (type === 'exercise/end') this.phase = 'ended';
    else if (type === 'exercise/no-play') {
      this.noPlay = payload.on === true;
      // NO PLAY pauses a running clock; lifting it leaves the clock paused until EXCON resumes.
      if (this.noPlay && this.phase === 'running') this.phase = 'paused';
    }
  }
}

describe('the play window', { timeout: 180_000 }, () => {
  it('holds no play before STARTEX or after ENDEX, and nothing from players or the clock during NO PLAY', async () => {
    const seen = {
      refusedBeforeStartex: 0,
      refusedAfterEndex: 0,
      refusedDuringNoPlay: 0,
      playerAccepted: 0,
      pulsesWhileStopped: 0,
      pulsesThatPlayed: 0,
      noPlayStarted: 0,
      noPlayLifted: 0,
      // The clock held by NO PLAY: a resume or a jump is refused although EXCON sent it.
      clockMovesRefusedDuringNoPlay: 0,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(step, { minLength: 5, maxLength: 25 }),
        async (startFirst, steps) => {
          const harness = await Harness.create();
          const model = new WindowModel();
          const send = async (type: string, payload: Record<string, unknown>, role: string) => {
            const verdict = model.must(type, payload);
            const phase = model.phase;
            const noPlay = model.noPlay;
            const reply: CommandReply = await harness.send(type, payload, role);
            const where = `${type} ${JSON.stringify(payload)} by ${role} (${phase}${noPlay ? ', NO PLAY' : ''})`;
            if (verdict !== 'either') expect(reply.ok, where).toBe(verdict === 'accept');
            if (reply.ok) model.accepted(type, payload);
            else {
              if (phase === 'ready') seen.refusedBeforeStartex += 1;
              else if (phase === 'ended') seen.refusedAfterEndex += 1;
              else if (noPlay) seen.refusedDuringNoPlay += 1;
            }
            if (reply.ok && PLAYER_COMMANDS.has(type)) seen.playerAccepted += 1;
            if (!reply.ok && noPlay && phase === 'paused' && /^exercise\/(resume|jump)/.test(type))
              seen.clockMovesRefusedDuringNoPlay += 1;
            if (reply.ok && type === 'exercise/no-play')
              seen[payload.on === true ? 'noPlayStarted' : 'noPlayLifted'] += 1;
          };
          await send('exercise/speed', { speed: 60 }, 'excon');
          // Half the plays start at once, so most of their steps fall inside the play window.
          if (startFirst) await send('exercise/start', {}, 'excon');
          for (const item of steps) {
            if (item.kind === 'pulse') {
              const before = harness.engine.events.length;
              const runs = model.clockRuns;
              harness.wallMs += item.minutes * 60_000;
              await harness.engine.tick(harness.wallMs);
              const appended = harness.engine.events.slice(before);
              // A clock that stands (before STARTEX, paused, NO PLAY, after ENDEX) lets nothing fall due.
              if (!runs) {
                seen.pulsesWhileStopped += 1;
                expect(appended, `a pulse while the clock stands (${model.phase})`).toEqual([]);
              } else if (appended.some((event) => PLAY.has(event.type))) seen.pulsesThatPlayed += 1;
            } else await send(item.type, item.payload, item.role);
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
        },
      ),
      { seed: 20261202, numRuns: 120 },
    );
    // Each case of the window happened, so the checks above were made on it (the last is the rarest).
    for (const [name, count] of Object.entries(seen))
      expect(count, `${name}: ${JSON.stringify(seen)}`).toBeGreaterThan(
        name === 'clockMovesRefusedDuringNoPlay' ? 5 : 10,
      );
  });
});
