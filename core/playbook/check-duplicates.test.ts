// Ids listed twice in playbook documents; each place is counted by hand in test/fixtures/mini-playbook.
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniPlaybookWith, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { loadPlaybook } from './load-playbook';

function problemsAfter(file: string, from: string, to: string): string[] {
  return loadPlaybook(miniPlaybookWith(file, (text) => replaceOnce(text, from, to))).problems.map(
    formatProblem,
  );
}

describe('duplicate ids in playbook documents', () => {
  it('the unedited fixture loads', () => {
    expect(loadPlaybook(miniPlaybookSources()).problems).toEqual([]);
  });

  it.each([
    [
      'a decision field name',
      'crisis.yaml',
      '      - { name: reason, label: Reason, type: text, required: true }',
      '      - { name: reason, label: Reason, type: text, required: true }\n      - { name: reason, label: Why, type: text }',
      'mini-playbook/crisis.yaml:65:17: ESCALATE field "reason" is listed twice (first at events.ESCALATE.fields[0].name) (events.ESCALATE.fields[1].name)',
    ],
    [
      'an option of a choice field',
      'crisis.yaml',
      '      - { name: reason, label: Reason, type: text, required: true }',
      '      - { name: reason, label: Reason, type: choice, options: [a, b, a] }',
      'mini-playbook/crisis.yaml:64:70: option "a" is listed twice (first at events.ESCALATE.fields[0].options[0]) (events.ESCALATE.fields[0].options[2])',
    ],
    [
      'an owner',
      'crisis.yaml',
      'ACTIVATE: { title: Activate sharing, owners: [presidency]',
      'ACTIVATE: { title: Activate sharing, owners: [presidency, presidency]',
      'mini-playbook/crisis.yaml:53:61: owner "presidency" is listed twice (first at events.ACTIVATE.owners[0]) (events.ACTIVATE.owners[1])',
    ],
    [
      'a context flag',
      'crisis.yaml',
      'flags: [consulted]',
      'flags: [consulted, consulted]',
      'mini-playbook/crisis.yaml:8:22: context flag "consulted" is listed twice (first at context.flags[0]) (context.flags[1])',
    ],
    [
      'a window id',
      'crisis.yaml',
      '    basis: Test window.',
      '    basis: Test window.\n  - id: sharing-to-full\n    title: Again\n    metric: T_decide\n    from: { enters: sharing }\n    to: { enters: full }\n    expected: 3d\n    basis: Again.',
      'mini-playbook/crisis.yaml:77:9: window "sharing-to-full" is listed twice (first at windows[0].id) (windows[1].id)',
    ],
    [
      'a clearance',
      'markings.yaml',
      '  - { id: nato, description: NATO }',
      '  - { id: nato, description: NATO }\n  - { id: nato, description: NATO again }',
      'mini-playbook/markings.yaml:7:11: clearance "nato" is listed twice (first at clearances[2].id) (clearances[3].id)',
    ],
    [
      'a clearance a marking is releasable to',
      'markings.yaml',
      'releasableTo: [eu, nato]',
      'releasableTo: [eu, nato, eu]',
      'mini-playbook/markings.yaml:11:89: clearance "eu" is listed twice (first at markings[3].releasableTo[0]) (markings[3].releasableTo[2])',
    ],
  ])('refuses %s listed twice, at the second, naming the first', (_name, file, from, to, expected) => {
    expect(problemsAfter(file, from, to)).toContain(expected);
  });
});
