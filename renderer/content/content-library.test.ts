import { describe, expect, it } from 'vitest';
import { bundledScenarioSources } from '../../test/bundled-content';
import { contentLibrary } from './content-library';

// The scenario documents as read from disk (not through Vite's bundling, which the module under test uses).
const scenarioPaths = bundledScenarioSources()
  .map((source) => source.path)
  .filter((file) => file.endsWith('/scenario.yaml'))
  .sort();

describe('contentLibrary', () => {
  it('loads the bundled playbook and every bundled scenario, without a problem', () => {
    const library = contentLibrary();
    expect(library.problems).toEqual([]);
    expect(library.scenarios.map((entry) => entry.source.path).sort()).toEqual(scenarioPaths);
    expect(library.playbook.mechanisms.has('ipcr')).toBe(true);
    expect(library.playbookSources.map((source) => source.path)).toContain('playbook/playbook.yaml');
  });

  it('keeps each scenario with the source it was loaded from', () => {
    for (const { source, scenario } of contentLibrary().scenarios) {
      expect(source.path).toBe(`scenarios/${scenario.id}/scenario.yaml`);
    }
  });

  it('loads once per page', () => {
    expect(contentLibrary()).toBe(contentLibrary());
  });
});
