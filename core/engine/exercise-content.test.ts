import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { loadPlaybook } from '../playbook/index';
import { loadScenario } from '../scenario/index';
import { loadExerciseContent } from './exercise-content';
import { sha256Hex } from './sha256';

const scenario = () => ({ path: 'mini-scenario.yaml', text: miniScenarioText() });

describe('loading the documents an exercise is created with', () => {
  it('embeds the sources, the hash of each text, and the documents as a separate reading of them gives', () => {
    const playbook = miniPlaybookSources();
    const loaded = loadExerciseContent(playbook, scenario());
    if (!loaded.ok) throw new Error('the mini fixtures do not load');
    const { embedded } = loaded.content;
    expect(embedded.playbook.sources).toEqual(playbook);
    expect(embedded.scenario.source).toEqual(scenario());
    expect(embedded.scenario.hash).toBe(sha256Hex(miniScenarioText()));
    // The second way: the playbook and scenario loaders run on their own.
    const again = loadPlaybook(playbook);
    if (!again.ok) throw new Error('the mini playbook does not load');
    const scenarioAgain = loadScenario(scenario(), again.playbook);
    if (!scenarioAgain.ok) throw new Error('the mini scenario does not load');
    expect(embedded.playbook.documents).toEqual(again.playbook.documents);
    expect(embedded.scenario.document).toEqual(scenarioAgain.scenario);
    expect(loaded.content.scenario).toEqual(scenarioAgain.scenario);
  });

  it('returns the problems of documents that do not load, located, and throws nothing', () => {
    const broken = replaceOnce(miniScenarioText(), 'span: 2d', 'span: two days');
    const loaded = loadExerciseContent(miniPlaybookSources(), { path: 'broken.yaml', text: broken });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual([
      expect.objectContaining({ file: 'broken.yaml', line: 8, path: 'span' }),
    ]);
  });
});
