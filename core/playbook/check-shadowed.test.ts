// A transition after an unguarded one for the same event or timer can never fire (XState takes the first
// whose guard passes); the places below are counted by hand in test/fixtures/mini-playbook/crisis.yaml.
import { describe, expect, it } from 'vitest';
import { miniPlaybookWith, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { loadPlaybook } from './load-playbook';

const GUARDED =
  '      ACTIVATE:\n        target: sharing\n        guard: { type: flagSet, params: { flag: consulted } }';

function problemsWith(activate: string): string[] {
  const sources = miniPlaybookWith('crisis.yaml', (text) => replaceOnce(text, GUARDED, activate));
  return loadPlaybook(sources).problems.map(formatProblem);
}

describe('checkShadowedTransitions', () => {
  it('the unedited fixture loads (the edits below are what the problems come from)', () => {
    expect(problemsWith(GUARDED)).toEqual([]);
  });

  it('refuses a guarded transition after an unguarded one, at the guarded one, naming the blocker', () => {
    const problems = problemsWith(
      '      ACTIVATE:\n        - full\n        - target: sharing\n          guard: { type: flagSet, params: { flag: consulted } }',
    );
    expect(problems).toEqual([
      'mini-playbook/crisis.yaml:20:11: this guarded transition for event ACTIVATE can never be taken: ' +
        'ACTIVATE[0] before it has no guard, so XState always takes that one first; put guarded transitions ' +
        'before the unguarded one (states.standby.on.ACTIVATE[1])',
    ]);
  });

  it('refuses every transition after the unguarded one, guarded or not', () => {
    const problems = problemsWith(
      '      ACTIVATE:\n        - target: sharing\n          guard: { type: flagSet, params: { flag: consulted } }\n        - full\n        - sharing\n        - standby',
    );
    expect(problems.map((line) => line.replace(/: .*\(/, ': (').slice(0, 80))).toEqual([
      'mini-playbook/crisis.yaml:22:11: (states.standby.on.ACTIVATE[2])',
      'mini-playbook/crisis.yaml:23:11: (states.standby.on.ACTIVATE[3])',
    ]);
  });

  it('accepts the guarded transition first and the unguarded fallback last', () => {
    expect(
      problemsWith(
        '      ACTIVATE:\n        - target: sharing\n          guard: { type: flagSet, params: { flag: consulted } }\n        - full',
      ),
    ).toEqual([]);
  });

  it('accepts a later transition when the unguarded one is absent on some dates (inForce)', () => {
    expect(
      problemsWith(
        '      ACTIVATE:\n        - target: full\n          inForce: { from: "2019-01-01" }\n        - target: sharing\n          guard: { type: flagSet, params: { flag: consulted } }',
      ),
    ).toEqual([]);
  });

  it('applies to timers too', () => {
    const sources = miniPlaybookWith('crisis.yaml', (text) =>
      replaceOnce(
        text,
        '      isaaCycle:\n        actions: [{ type: increment, params: { counter: reports } }]',
        '      isaaCycle:\n        - actions: [{ type: increment, params: { counter: reports } }]\n        - target: full',
      ),
    );
    const problems = loadPlaybook(sources).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^mini-playbook\/crisis\.yaml:26:11: this transition for timer isaaCycle can never be taken: isaaCycle\[0\]/,
    );
  });
});
