// core/ runs unchanged in a browser-like environment: the renderer's bundled content loads and validates here.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { validateContent } from '../../core/index';
import { bundledPlaybookSources, bundledScenarioSources } from '../../renderer/content/index';

describe('core in the renderer environment (jsdom)', () => {
  it('runs where the DOM exists', () => {
    expect(typeof window).toBe('object');
    expect(typeof document.createElement).toBe('function');
  });

  it('validates the bundled playbook and scenarios exactly as the CLI does', () => {
    const playbook = bundledPlaybookSources();
    const scenarios = bundledScenarioSources();
    expect(playbook.map((source) => source.path)).toContain('playbook/machines/ipcr.yaml');
    const report = validateContent([...playbook, ...scenarios], []);
    expect(report.problems).toEqual([]);
    // One mechanism per file under playbook/machines/ (the manifest, roles, markings and catalogues are not).
    const machineFiles = playbook.filter((source) => source.path.startsWith('playbook/machines/'));
    expect(report.playbook?.mechanisms.size).toBe(machineFiles.length);
    expect(machineFiles.length).toBeGreaterThan(10);
  });

  it('builds and runs a playbook machine', () => {
    const report = validateContent(bundledPlaybookSources(), []);
    const machine = report.playbook!.machine('ipcr', '2019-10-01');
    const actor = createActor(machine, { input: { instance: null } }).start();
    actor.send({ type: 'PRESIDENCY_START_MONITORING' });
    expect(actor.getSnapshot().value).toBe('monitoring');
  });
});
