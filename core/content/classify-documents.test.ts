import { describe, expect, it } from 'vitest';
import { formatProblem } from '../documents/index';
import { classifyDocuments } from './classify-documents';

const doc = (path: string, text: string) => ({ path, text });

describe('classifyDocuments', () => {
  it('sorts documents by kind, keying playbook documents by kind and mechanisms by id', () => {
    const manifest = doc('p/playbook.yaml', 'kind: playbook\nid: mini\n');
    const crisis = doc('p/crisis.yaml', 'kind: mechanism\nid: crisis\n');
    const roles = doc('p/roles.yaml', 'kind: roles\n');
    const scenario = doc('s/scenario.yaml', 'kind: scenario\nid: port\n');
    const classified = classifyDocuments([manifest, scenario, crisis, roles]);
    expect(classified.playbook).toEqual([manifest, crisis, roles]);
    expect(classified.scenarios).toEqual([scenario]);
    expect([...classified.playbookKeys.values()]).toEqual(['playbook', 'mechanism:crisis', 'roles']);
    expect(classified.problems).toEqual([]);
  });

  it('reports, located, a document with no kind, an unknown kind, no mapping, or no YAML', () => {
    const classified = classifyDocuments([
      doc('a.yaml', 'id: crisis\n'),
      doc('b.yaml', 'id: x\nkind: exercise\n'),
      doc('c.yaml', '- kind: scenario\n'),
      doc('d.yaml', 'kind: [scenario\n'),
    ]);
    expect(classified.playbook).toEqual([]);
    expect(classified.scenarios).toEqual([]);
    const problems = classified.problems.map(formatProblem);
    expect(problems.slice(0, 3)).toEqual([
      'a.yaml:1:1: missing field "kind": say which document this is (playbook, roles, markings, mechanism, translation, scenario)',
      'b.yaml:2:7: unknown kind "exercise"; expected one of playbook, roles, markings, mechanism, translation, scenario (kind)',
      'c.yaml:1:1: expected a YAML mapping with a "kind" field (scenario, mechanism, roles, markings, translation or playbook)',
    ]);
    expect(problems[3]).toMatch(/^d\.yaml:\d+:\d+: YAML syntax error/);
  });
});
