// Whole-scenario runs of the bundled Salisbury-style scenario, in memory: determinism and the policies.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  canonicalJson,
  ExerciseEngine,
  MemoryEventStore,
  replay,
  runExercise,
  type AgentPolicy,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { bundledPlaybookSources } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';

const SCENARIO = 'scenarios/salisbury-style/scenario.yaml';
const scenario = { path: SCENARIO, text: readFileSync(path.join(PROJECT_ROOT, SCENARIO), 'utf8') };
const content = exerciseContent(bundledPlaybookSources(), scenario);
const WALL = Date.UTC(2019, 9, 6, 16, 0);

async function play(policy: AgentPolicy, seed: number, snapshotEvery?: number) {
  const store = new MemoryEventStore(`run-${policy}-${seed}`);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'run',
    seed,
    wallMs: WALL,
    content,
    ...(snapshotEvery ? { snapshotEvery } : {}),
  });
  const summary = await runExercise(engine, { policy, seed, wallStartMs: WALL });
  return { engine, summary, store };
}

describe('headless runs of the Salisbury-style scenario', { timeout: 120_000 }, () => {
  it('is deterministic: the same seed gives a byte-identical log', async () => {
    const first = await play('doctrine', 1);
    const second = await play('doctrine', 1);
    const text = (events: readonly unknown[]) => events.map((event) => canonicalJson(event)).join('\n');
    expect(text(second.engine.events)).toBe(text(first.engine.events));
    expect(first.summary.metrics.exercise.events).toBeGreaterThan(500);
  });

  it('doctrine meets every expected action inside its window, so no contingency fires', async () => {
    const { summary } = await play('doctrine', 1);
    const { byStatus, contingenciesReleased } = summary.metrics.expectedActions;
    expect(byStatus.missed).toBe(0);
    expect(contingenciesReleased).toBe(0);
    expect(byStatus.met + byStatus['marked-met']).toBeGreaterThan(50);
  });

  it('late misses windows and contingency injects are released', async () => {
    const { summary, engine } = await play('late', 1);
    expect(summary.metrics.expectedActions.byStatus.missed).toBeGreaterThan(10);
    expect(summary.metrics.expectedActions.contingenciesReleased).toBeGreaterThan(0);
    expect(engine.state.clock.status).toBe('ended');
  });

  it.each([1, 2, 3])('random plays to the end (seed %i), and replay gives the live state', async (seed) => {
    const { engine, summary, store } = await play('random', seed);
    expect(engine.state.clock.status).toBe('ended');
    expect([...summary.models.history.decisions()].length).toBeGreaterThan(20);
    expect(replay(await store.read(), engine.content)).toEqual(engine.state);
  });

  it('snapshots make any point reachable: state at seq n from the nearest snapshot = the fold of n events', async () => {
    const { engine, store } = await play('random', 5, 100);
    expect(await store.snapshotAtOrBefore(engine.events.length)).toBeDefined();
    const events = engine.events;
    for (const seq of [1, 99, 100, 101, 437, events.length]) {
      const fromSnapshot = await ExerciseEngine.stateAt(store, engine.content, seq);
      expect(fromSnapshot, `state at ${seq}`).toEqual(replay(events.slice(0, seq), engine.content));
    }
    const reopened = await ExerciseEngine.open(store);
    expect(reopened.state).toEqual(engine.state);
  });
});
