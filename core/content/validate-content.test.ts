// Validating mixed sets of documents with the mini fixture (test/fixtures) standing in for the bundled playbook.
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { validateContent } from './validate-content';

const bundled = miniPlaybookSources();
const scenario = { path: 'port/scenario.yaml', text: miniScenarioText() };
const crisisSource = bundled.find((source) => source.path.endsWith('crisis.yaml'))!;

describe('validateContent', () => {
  it('checks a whole playbook and its scenario without the bundled one', () => {
    const report = validateContent([...bundled, scenario], []);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ playbookFiles: 5, scenarioFiles: 1, bundledPlaybook: 'none' });
    expect(report.playbook?.manifest.id).toBe('mini-playbook');
    expect(report.scenarios.map((entry) => [entry.path, entry.scenario.id])).toEqual([
      ['port/scenario.yaml', 'mini-scenario'],
    ]);
  });

  it('checks scenarios alone against the bundled playbook', () => {
    const report = validateContent([scenario], bundled);
    expect(report).toMatchObject({ problems: [], playbookFiles: 0, bundledPlaybook: 'all' });
    expect(report.scenarios).toHaveLength(1);
  });

  it('checks one edited mechanism within the bundled playbook, in place of the bundled one', () => {
    const edited = {
      path: 'draft/crisis.yaml',
      text: replaceOnce(crisisSource.text, 'ESCALATE: full', 'ESCALATE: fulll'),
    };
    const report = validateContent([edited], bundled);
    expect(report.bundledPlaybook).toBe('completed');
    expect(report.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^draft\/crisis\.yaml:\d+:\d+: transition target "fulll" is not a state of crisis/,
      ),
    ]);
    // Unedited, the same mechanism completes the bundled playbook without a problem.
    expect(validateContent([{ ...crisisSource, path: 'draft/crisis.yaml' }], bundled).problems).toEqual([]);
  });

  it('does not check a scenario against a playbook with problems, and says so', () => {
    const broken = bundled.map((source) =>
      source === crisisSource
        ? { ...source, text: replaceOnce(source.text, 'ESCALATE: full', 'ESCALATE: x') }
        : source,
    );
    const report = validateContent([...broken, scenario], []);
    expect(report.playbook).toBeUndefined();
    expect(report.problems.map(formatProblem)).toContain(
      'port/scenario.yaml:1:1: not checked against a playbook: the playbook has problems',
    );
  });

  it('reports every problem sorted by file, line and column', () => {
    const report = validateContent(
      [
        { path: 'b.yaml', text: 'kind: exercise\n' },
        { path: 'a.yaml', text: 'id: x\nkind: other\n' },
        { path: 'a.yaml', text: 'id: x\n' },
      ],
      [],
    );
    expect(report.problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['a.yaml', 1],
      ['a.yaml', 2],
      ['b.yaml', 1],
    ]);
    expect(report.bundledPlaybook).toBe('none');
  });
});
