// loadPlaybook and, through it, the checks it runs on the documents: each table below is one checker's.
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniPlaybookWith, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { loadPlaybook } from './load-playbook';

/** Load the mini playbook with one edit and return its problems as the CLI prints them. */
function problemsAfter(file: string, from: string, to: string): string[] {
  const result = loadPlaybook(miniPlaybookWith(file, (text) => replaceOnce(text, from, to)));
  return result.problems.map(formatProblem);
}

/** `expected` among the problems (a pattern when it holds `|`), each problem located in a fixture file. */
function expectProblem(problems: readonly string[], expected: string) {
  const pattern = expected.includes('|') ? new RegExp(expected) : null;
  expect(
    problems.some((line) => (pattern ? pattern.test(line) : line.includes(expected))),
    `expected a problem like "${expected}" among:\n${problems.join('\n')}`,
  ).toBe(true);
  for (const line of problems) expect(line).toMatch(/^mini-playbook\/[\w.-]+:\d+:\d+: /);
}

/** A named edit of one fixture document and (part of) the problem line it must produce. */
type ProblemCase = [name: string, file: string, from: string, to: string, expected: string];

/** Names the registry lacks, and the flags, counters and fields they use (checkRegistryNames). */
const REGISTRY_NAME_CASES: ProblemCase[] = [
  [
    'unknown guard',
    'crisis.yaml',
    'type: flagSet',
    'type: isConsulted',
    'crisis.yaml:20:24: unknown guard "isConsulted"',
  ],
  [
    'unknown action',
    'crisis.yaml',
    'type: setFlag',
    'type: raise',
    'crisis.yaml:17:27: unknown action "raise"',
  ],
  ['unknown delay', 'crisis.yaml', 'isaaCycle:', 'hourly:', 'crisis.yaml:24:7: unknown delay "hourly"'],
  [
    'missing parameter',
    'crisis.yaml',
    '{ type: increment, params: { counter: reports } }',
    '{ type: increment }',
    'guard|action "increment" needs the parameter "counter"',
  ],
  [
    'undeclared flag',
    'crisis.yaml',
    'flags: [consulted]',
    'flags: []',
    'flag "consulted" is not declared in context.flags',
  ],
  [
    'guard compares a field the event lacks',
    'solidarity.yaml',
    'field: overwhelmed',
    'field: overwhelmd',
    'event INVOKE has no field "overwhelmd" to compare',
  ],
];

/** One machine's own shape: targets, initial states, reachability, dead ends, events (checkStructure). */
const STRUCTURE_CASES: ProblemCase[] = [
  [
    'unknown target',
    'crisis.yaml',
    'ESCALATE: full',
    'ESCALATE: fulll',
    'transition target "fulll" is not a state of crisis (states.sharing.on.ESCALATE)',
  ],
  [
    'undeclared event',
    'crisis.yaml',
    'STAND_DOWN: standby\n  full:',
    'STAND_DOWN: standby\n      PANIC: standby\n  full:',
    'event PANIC is not declared in "events"',
  ],
  [
    'event no state accepts',
    'crisis.yaml',
    'events:\n',
    'events:\n  IDLE: { title: Idle, owners: [presidency] }\n',
    'event IDLE is declared but no state accepts it',
  ],
  [
    'event without owner',
    'crisis.yaml',
    'MEET: { title: Hold a meeting, owners: [presidency] }',
    'MEET: { title: Hold a meeting }',
    'event MEET has no owner role',
  ],
  [
    'unreachable state',
    'crisis.yaml',
    '  sharing:\n',
    '  orphan:\n    on:\n      MEET: standby\n  sharing:\n',
    'crisis.yaml:22:3: state "orphan" cannot be reached from the initial state (states.orphan)',
  ],
  [
    'dead end',
    'solidarity.yaml',
    '    type: final',
    '    description: Over.',
    'solidarity.yaml:20:3: state "lapsed" is a dead end',
  ],
  [
    'parallel state with initial',
    'crisis.yaml',
    'type: parallel',
    'type: parallel\n    initial: meetings',
    'parallel state "full" enters all regions',
  ],
];

/** What spans documents: owners, markings, routes and windows (checkLinks). */
const LINK_CASES: ProblemCase[] = [
  [
    'unknown owner role',
    'crisis.yaml',
    'ADOPT: { title: Adopt measures, owners: [presidency]',
    'ADOPT: { title: Adopt measures, owners: [prezidency]',
    'unknown role "prezidency" (events.ADOPT.owners[0])',
  ],
  [
    'unknown owner group',
    'crisis.yaml',
    'CONSULT: { title: Consult the Presidency, owners: [group:member-state]',
    'CONSULT: { title: Consult the Presidency, owners: [group:members]',
    'no role is in group "members"',
  ],
  [
    'route to unknown machine',
    'solidarity.yaml',
    'machine: crisis',
    'machine: crises',
    'route to unknown machine "crises" (routes[0].send.machine)',
  ],
  [
    'route to unknown event',
    'solidarity.yaml',
    'event: FORCED_FULL',
    'event: FORCE',
    'machine crisis has no event FORCE',
  ],
  [
    'route event nobody sends',
    'solidarity.yaml',
    'event: FORCED_FULL }',
    'event: STAND_DOWN }',
    'event FORCED_FULL arrives by route only, but no route sends it',
  ],
  [
    'unknown marking',
    'crisis.yaml',
    'marking: EU-ONLY',
    'marking: SECRET',
    'unknown marking "SECRET" (marking)',
  ],
  [
    'window naming a missing state',
    'crisis.yaml',
    'from: { enters: sharing }',
    'from: { enters: shared }',
    'state "shared" is not a state of crisis (windows[0].from.enters)',
  ],
];

/** The document schema itself (MechanismDocument). */
const SCHEMA_CASES: ProblemCase[] = [
  ['unknown field', 'crisis.yaml', 'summary:', 'sumary: x\nsummary:', 'unknown field "sumary"'],
  ['missing required field', 'crisis.yaml', 'title: Crisis arrangements\n', '', '(title)'],
];

describe('loadPlaybook', () => {
  it('loads the valid fixture and answers ownership and visibility questions', () => {
    const result = loadPlaybook(miniPlaybookSources());
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    const { playbook } = result;
    expect(playbook.ownersOf('crisis', 'CONSULT')).toEqual(['ms-a', 'ms-c']);
    expect(playbook.isOwner(playbook.role('nac')!, 'crisis', 'CONSULT')).toBe(false);
    expect(playbook.canSee(playbook.role('ms-c')!, 'NATO-ONLY')).toBe(false);
    expect(playbook.canSee(playbook.role('ms-a')!, 'NATO-ONLY')).toBe(true);
    expect(playbook.mechanismsInForce('2018-01-01').map((mechanism) => mechanism.id)).toEqual([
      'crisis',
      'solidarity',
    ]);
  });

  describe('checkRegistryNames, through loadPlaybook', () => {
    it.each(REGISTRY_NAME_CASES)('reports %s with file:line:column', (_name, file, from, to, expected) => {
      expectProblem(problemsAfter(file, from, to), expected);
    });
  });

  describe('checkStructure, through loadPlaybook', () => {
    it.each(STRUCTURE_CASES)('reports %s with file:line:column', (_name, file, from, to, expected) => {
      expectProblem(problemsAfter(file, from, to), expected);
    });
  });

  describe('checkLinks, through loadPlaybook', () => {
    it.each(LINK_CASES)('reports %s with file:line:column', (_name, file, from, to, expected) => {
      expectProblem(problemsAfter(file, from, to), expected);
    });
  });

  describe('the MechanismDocument schema, through loadPlaybook', () => {
    it.each(SCHEMA_CASES)('reports %s with file:line:column', (_name, file, from, to, expected) => {
      expectProblem(problemsAfter(file, from, to), expected);
    });
  });

  it('requires the manifest, roles and markings documents', () => {
    const onlyMechanisms = miniPlaybookSources().filter(
      (source) => !/(playbook|roles|markings)\.yaml$/.test(source.path),
    );
    const messages = loadPlaybook(onlyMechanisms).problems.map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'the playbook has no "playbook" document (kind: playbook)',
        'the playbook has no "roles" document (kind: roles)',
        'the playbook has no "markings" document (kind: markings)',
      ]),
    );
  });

  it('reports a mechanism defined twice', () => {
    const sources = miniPlaybookSources();
    const copy = sources.find((source) => source.path.endsWith('crisis.yaml'))!;
    const problems = loadPlaybook([...sources, { path: 'copy.yaml', text: copy.text }]).problems.map(
      formatProblem,
    );
    expect(problems).toContain(
      'copy.yaml:3:5: mechanism "crisis" is also defined in mini-playbook/crisis.yaml (id)',
    );
  });
});
