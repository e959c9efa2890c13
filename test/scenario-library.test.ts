// Every bundled scenario plays to its end under each policy, and its README states what a doctrine run
// really gives (npm test keeps the two in step).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  ExerciseEngine,
  MemoryEventStore,
  runExercise,
  type AgentPolicy,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { bundledPlaybookSources, bundledScenarioSources } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';

const playbook = bundledPlaybookSources();
const scenarios = bundledScenarioSources().filter((source) => /kind:\s*scenario/.test(source.text));
const WALL = Date.UTC(2020, 0, 1);

async function play(source: { path: string; text: string }, policy: AgentPolicy, seed = 1) {
  const store = new MemoryEventStore(`${path.basename(path.dirname(source.path))}-${policy}`);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'library',
    seed,
    wallMs: WALL,
    content: exerciseContent(playbook, source),
  });
  await runExercise(engine, { policy, seed, wallStartMs: WALL });
  return engine;
}

describe.each(scenarios.map((source) => [source.path, source] as const))(
  'scenario %s',
  { timeout: 120_000 },
  (_name, source) => {
    it('meets the library bar: injects, contingencies, mechanisms, tags, objectives with capabilities', async () => {
      const engine = await play(source, 'doctrine');
      const { scenario } = engine.content;
      const combined = scenario.id === 'combined-hybrid-campaign';
      expect(scenario.injects.length).toBeGreaterThanOrEqual(combined ? 60 : 30);
      const contingencies = scenario.injects.filter((inject) => inject.when && 'missed' in inject.when);
      expect(contingencies.length).toBeGreaterThanOrEqual(4);
      const mechanisms = new Set(
        scenario.injects.flatMap((inject) =>
          inject.expectedActions.flatMap((action) => ('event' in action ? [action.event.machine] : [])),
        ),
      );
      expect(mechanisms.size).toBeGreaterThanOrEqual(4);
      for (const inject of scenario.injects.filter((candidate) => candidate.at !== undefined))
        expect(inject.tags.hybridDomain?.length ?? 0, `${inject.id} has a hybrid domain`).toBeGreaterThan(0);
      expect(scenario.objectives.length).toBeGreaterThan(0);
      for (const objective of scenario.objectives) expect(objective.capability).not.toBe('');
    });

    it.each(['late', 'random'] as const)('plays to its end under %s', async (policy) => {
      const engine = await play(source, policy);
      expect(engine.state.clock.status).toBe('ended');
    });

    it('its README states what a doctrine run gives, and doctrine meets every window', async () => {
      const engine = await play(source, 'doctrine');
      const { expectedActions } = computeMetrics(engine.events, engine.content);
      const met = expectedActions.byStatus.met + expectedActions.byStatus['marked-met'];
      const line = `**Doctrine run (seed 1):** ${met} of ${expectedActions.released} expected actions met, ${expectedActions.contingenciesReleased} contingency injects released.`;
      const readme = path.join(PROJECT_ROOT, path.dirname(source.path), 'README.md');
      expect(existsSync(readme)).toBe(true);
      expect(readFileSync(readme, 'utf8')).toContain(line);
      expect(expectedActions.byStatus.missed).toBe(0);
    });
  },
);
