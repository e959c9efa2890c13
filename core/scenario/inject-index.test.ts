import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText } from '../../test/fixtures/fixtures';
import { injectById } from './inject-index';
import { loadScenario } from './load-scenario';

const loaded = loadScenario({ path: 'mini.yaml', text: miniScenarioText() }, loadMiniPlaybook());
const scenario = loaded.ok ? loaded.scenario : undefined;

describe('injectById', () => {
  it('finds each inject of a scenario by its id', () => {
    const index = injectById(scenario!);
    expect([...index.keys()]).toEqual(['INJ-1', 'INJ-2', 'INJ-3', 'INJ-4']);
    expect(index.get('INJ-3')?.title).toBe('NATO asks');
    expect(index.get('INJ-9')).toBeUndefined();
  });

  it('builds the index once per scenario document, and apart for another', () => {
    const copy = { ...scenario!, injects: scenario!.injects.slice(0, 1) };
    expect(injectById(scenario!)).toBe(injectById(scenario!));
    expect([...injectById(copy).keys()]).toEqual(['INJ-1']);
  });
});
