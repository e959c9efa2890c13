// Stricter loading must not lock anyone out of a record (issue 19 §2): documents an exercise already ran
// with are re-checked on reopening without the rules added since (RECORDED_TOLERATES), and with all others.
import { describe, expect, it } from 'vitest';
import { checkEmbeddedContent, formatProblem, loadExerciseContent } from '../core/index';
import { embedContent } from '../core/engine/exercise-content';
import { miniPlaybookWith, miniScenarioText, replaceOnce } from './fixtures/fixtures';

const GUARDED =
  '      ACTIVATE:\n        target: sharing\n        guard: { type: flagSet, params: { flag: consulted } }';
const SHADOWED =
  '      ACTIVATE:\n        - full\n        - target: sharing\n          guard: { type: flagSet, params: { flag: consulted } }';

/** A playbook and scenario that break each tolerated rule once, as an earlier version accepted them. */
function olderContent(extraEdit: (text: string) => string = (text) => text) {
  const playbook = miniPlaybookWith('crisis.yaml', (text) =>
    replaceOnce(replaceOnce(text, GUARDED, SHADOWED), 'flags: [consulted]', 'flags: [consulted, consulted]'),
  );
  let scenario = replaceOnce(miniScenarioText(), 'to: [ms-a, ms-c]', 'to: [ms-a, ms-c, ms-a]');
  scenario = replaceOnce(scenario, 'title: Mini scenario', 'title: !custom Mini scenario');
  return { playbook, scenario: { path: 'mini-scenario.yaml', text: extraEdit(scenario) } };
}

describe('documents recorded by an earlier version', () => {
  it('are refused today when a new exercise is created from them (each tolerated rule is live)', () => {
    const { playbook, scenario } = olderContent();
    const created = loadExerciseContent(playbook, scenario);
    expect(created.ok).toBe(false);
    const lines = created.ok ? [] : created.problems.map(formatProblem);
    expect(lines.join('\n')).toMatch(/can never be taken: ACTIVATE\[0\] before it has no guard/);
    expect(lines.join('\n')).toMatch(/context flag "consulted" is listed twice/);
    // The playbook is refused first; the scenario on its own against a clean playbook shows its two.
    const scenarioOnly = loadExerciseContent(
      miniPlaybookWith('crisis.yaml', (text) => text),
      scenario,
    );
    const scenarioLines = scenarioOnly.ok ? [] : scenarioOnly.problems.map(formatProblem);
    expect(scenarioLines.join('\n')).toMatch(/unknown YAML tag "!custom"/);
  });

  it('reopen: the embedded copies are re-checked without the rules added since, and load', () => {
    const { playbook, scenario } = olderContent();
    const checked = checkEmbeddedContent(embedContent(playbook, scenario));
    expect(checked.ok ? null : checked).toBeNull();
    if (!checked.ok) return;
    expect(checked.content.scenario.title).toBe('Mini scenario');
    expect(checked.content.scenario.injects[0]?.to).toEqual(['ms-a', 'ms-c', 'ms-a']);
  });

  it('reopen still refuses what was refused before (an inject id used twice)', () => {
    const { playbook, scenario } = olderContent((text) => text.replace('id: INJ-2', 'id: INJ-1'));
    const checked = checkEmbeddedContent(embedContent(playbook, scenario));
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.reason).toMatch(/inject id "INJ-1" is used twice/);
  });
});
