// "Replay equals live" judged by a third party (issue 19 §5): the machines re-executed from the log's
// decisions, timers and voids with fresh XState actors (fixtures/machine-oracle.ts) must land every mechanism
// where the live engine and the engine's replay put it — over whole runs of every bundled scenario and over
// random command sequences on the mini exercise. The oracle is shown able to fail on mutated logs.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ExerciseEngine,
  isEvent,
  MemoryEventStore,
  replay,
  runExercise,
  type EngineState,
  type ExerciseEvent,
  type Playbook,
  type ScenarioDocument,
} from '../core/index';
import { bundledPlaybookSources, bundledScenarioSources } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';
import { Harness, HOUR } from './fixtures/engine-harness';
import { engineActorStates, reexecuteMechanisms } from './fixtures/machine-oracle';

const WALL = Date.UTC(2019, 9, 6, 16, 0);

/** Role groups read from the playbook and the scenario's local roles, not from the engine's roster. */
function groupsFrom(playbook: Playbook, scenario: ScenarioDocument) {
  return (roleId: string): readonly string[] =>
    playbook.role(roleId)?.groups ?? scenario.roles.local.find((role) => role.id === roleId)?.groups ?? [];
}

function oracleOf(events: readonly ExerciseEvent[], engine: ExerciseEngine) {
  const { playbook, scenario } = engine.content;
  return reexecuteMechanisms(events, { playbook, groupsOf: groupsFrom(playbook, scenario) });
}

const actorsOf = (state: EngineState) => engineActorStates(state.actors);

/** How many transitions of each cause a log holds: proof the runs exercised what the oracle follows. */
function causes(events: readonly ExerciseEvent[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const event of events) {
    if (!isEvent(event, 'mechanism.transitioned')) continue;
    const kind = event.payload.cause.kind;
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

const scenarios = bundledScenarioSources().filter((source) => source.path.endsWith('scenario.yaml'));
const playbookSources = bundledPlaybookSources();

async function run(source: { path: string; text: string }, seed: number) {
  const store = new MemoryEventStore(`oracle-${seed}`);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'oracle',
    seed,
    wallMs: WALL,
    content: exerciseContent(playbookSources, source),
  });
  await runExercise(engine, { policy: 'random', seed, wallStartMs: WALL });
  return engine;
}

describe(
  'mechanism states: the engine against an independent re-execution of the machines',
  {
    timeout: 300_000,
  },
  () => {
    it('has every bundled scenario to run', () => {
      expect(scenarios.length).toBeGreaterThanOrEqual(7);
    });

    it.each(scenarios.map((source) => [path.dirname(source.path), source] as const))(
      '%s, a random run: live = replay = oracle',
      async (_name, source) => {
        const engine = await run(source, 1);
        const events = engine.events;
        const oracle = oracleOf(events, engine);
        expect(actorsOf(engine.state)).toEqual(oracle);
        expect(actorsOf(replay(events, engine.content))).toEqual(oracle);
        // The run moved machines by decisions and by timers, so the comparison is not between initial states.
        const count = causes(events);
        expect(count.decision ?? 0).toBeGreaterThan(5);
        expect(oracle.size).toBeGreaterThan(2);
      },
    );

    it('the bundled runs between them exercise routes and timers', async () => {
      const salisbury = scenarios.find((source) => source.path.includes('salisbury-style'));
      const engine = await run(salisbury as { path: string; text: string }, 2);
      const count = causes(engine.events);
      expect(count.route ?? 0).toBeGreaterThan(0);
      expect(count.timer ?? 0).toBeGreaterThan(0);
      expect(actorsOf(engine.state)).toEqual(oracleOf(engine.events, engine));
    });

    it('can fail: a log whose decision is changed or dropped gives a different picture', async () => {
      const source = scenarios.find((candidate) => candidate.path.includes('salisbury-style'));
      const engine = await run(source as { path: string; text: string }, 1);
      const events = engine.events;
      const live = actorsOf(engine.state);
      // Dropping the last decision that moved its mechanism leaves that mechanism elsewhere.
      const moved = events
        .filter((event) => isEvent(event, 'mechanism.transitioned'))
        .filter((event) => JSON.stringify(event.payload.from) !== JSON.stringify(event.payload.to))
        .map((event) => event.payload.cause)
        .filter((cause) => cause.kind === 'decision');
      const decisionId = moved.at(-1)?.decisionId;
      expect(decisionId).toBeDefined();
      const dropped = events.filter(
        (event) => !(isEvent(event, 'decision.taken') && event.payload.decisionId === decisionId),
      );
      let verdict: unknown;
      try {
        verdict = oracleOf(dropped, engine);
      } catch (error) {
        // A later decision on the same mechanism refused: also a difference, named by seq.
        verdict = (error as Error).message;
        expect(verdict).toMatch(/^seq \d+: /);
      }
      expect(verdict).not.toEqual(live);
      // A decision renamed to one its mechanism does not know is refused by the oracle, with the seq.
      const first = events.find((event) => event.type === 'decision.taken') as ExerciseEvent;
      const renamed = events.map((event) =>
        event === first ? { ...event, payload: { ...event.payload, event: 'NO_SUCH_EVENT' } } : event,
      ) as ExerciseEvent[];
      expect(() => oracleOf(renamed, engine)).toThrow(`seq ${first.seq}: `);
    });
  },
);

const MINI_ROLES = ['presidency', 'ms-a', 'ms-c', 'excon'];
const miniStep = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      machine: fc.constantFrom('crisis', 'solidarity'),
      event: fc.constantFrom('CONSULT', 'ACTIVATE', 'RAPID_ALERT', 'ESCALATE', 'STAND_DOWN', 'MEET', 'ADOPT'),
      solidarityEvent: fc.constantFrom('INVOKE', 'WITHDRAW'),
      instance: fc.constantFrom('arland', 'borduria'),
      overwhelmed: fc.boolean(),
      role: fc.constantFrom(...MINI_ROLES),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('void-latest' as const) }) },
  // A rapid alert puts the crisis mechanism in `sharing`, whose 24-hour cycle a later jump fires.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alert' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('jump' as const), hours: fc.integer({ min: 4, max: 30 }) }),
  },
);

describe('mechanism states under random command sequences on the mini exercise', { timeout: 300_000 }, () => {
  it('live = replay = oracle, with decisions, voids, routes and timers all occurring', async () => {
    const seen = { decision: 0, void: 0, route: 0, timer: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(miniStep, { minLength: 5, maxLength: 30 }), async (steps) => {
        const harness = await Harness.create();
        await harness.startAtMaxSpeed();
        let scenarioMs = 0;
        for (const step of steps) {
          if (step.kind === 'jump') {
            // The mini scenario spans two days; a jump past its end would be refused.
            scenarioMs = Math.min(scenarioMs + step.hours * HOUR, 47 * HOUR);
            await harness.jumpTo(scenarioMs);
          } else if (step.kind === 'alert') {
            await harness.send(
              'decision/take',
              { machine: 'crisis', event: 'RAPID_ALERT', fields: {} },
              'ms-a',
            );
          } else if (step.kind === 'void-latest') {
            const latest = harness.eventsOf('decision.taken').at(-1);
            if (latest)
              await harness.send('decision/void', { decisionId: latest.payload.decisionId, reason: 'r' });
          } else if (step.machine === 'solidarity') {
            await harness.send(
              'decision/take',
              {
                machine: 'solidarity',
                event: step.solidarityEvent,
                instance: step.instance,
                fields: step.solidarityEvent === 'INVOKE' ? { overwhelmed: step.overwhelmed } : {},
              },
              step.role,
            );
          } else {
            await harness.send(
              'decision/take',
              {
                machine: 'crisis',
                event: step.event,
                fields: step.event === 'ESCALATE' ? { reason: 'why' } : {},
              },
              step.role,
            );
          }
        }
        const { engine } = harness;
        const oracle = oracleOf(engine.events, engine);
        expect(actorsOf(engine.state)).toEqual(oracle);
        expect(actorsOf(replay(engine.events, engine.content))).toEqual(oracle);
        const count = causes(engine.events);
        for (const kind of Object.keys(seen) as (keyof typeof seen)[]) seen[kind] += count[kind] ?? 0;
      }),
      { seed: 20261203, numRuns: 80 },
    );
    // The interesting cases happened, so the equality above was tested on them.
    expect(seen.decision, JSON.stringify(seen)).toBeGreaterThan(50);
    expect(seen.void, JSON.stringify(seen)).toBeGreaterThan(5);
    expect(seen.route, JSON.stringify(seen)).toBeGreaterThan(5);
    expect(seen.timer, JSON.stringify(seen)).toBeGreaterThan(5);
  });
});
