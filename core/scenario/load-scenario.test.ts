// loadScenario and, through it, the checks it runs on a scenario: each table below is one checker's.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { loadScenario, playbookVersionServes } from './load-scenario';

const playbook = loadMiniPlaybook();

function problemsAfter(from: string, to: string): string[] {
  const text = replaceOnce(miniScenarioText(), from, to);
  return loadScenario({ path: 'mini.yaml', text }, playbook).problems.map(formatProblem);
}

/** `expected` among the problems of an invalid scenario, and every problem located in its file. */
function expectProblem(problems: readonly string[], expected: string) {
  expect(problems.length, 'the edit must make the scenario invalid').toBeGreaterThan(0);
  expect(
    problems.some((line) => line.includes(expected)),
    `expected a problem like "${expected}" among:\n${problems.join('\n')}`,
  ).toBe(true);
  for (const line of problems) expect(line).toMatch(/^mini\.yaml:\d+:\d+: /);
}

/** A named edit of the fixture and (part of) the problem line it must produce. */
type ProblemCase = [name: string, from: string, to: string, expected: string];

/** What the scenario names in the playbook: roles, mechanisms, events, cases, fields (ScenarioRefs). */
const REFERENCE_CASES: ProblemCase[] = [
  [
    'an unknown role',
    'to: [ms-a, ms-c]',
    'to: [ms-a, ms-z]',
    'mini.yaml:26:16: unknown role "ms-z": neither a playbook role nor a local role of this scenario (injects[0].to[1])',
  ],
  [
    'a playbook role not in play',
    'play: [presidency, ms-a, ms-c, nac, excon, simcell]',
    'play: [presidency, ms-a, nac, excon, simcell]',
    'role "ms-c" is not in play: add it to roles.play (injects[0].to[1])',
  ],
  [
    'an unknown mechanism',
    'event: { machine: crisis, event: RAPID_ALERT }',
    'event: { machine: crises, event: RAPID_ALERT }',
    'unknown mechanism "crises" (injects[0].expectedActions[0].event.machine)',
  ],
  [
    'an unknown event',
    'event: { machine: crisis, event: RAPID_ALERT }',
    'event: { machine: crisis, event: RAPID }',
    'mechanism "crisis" has no event RAPID',
  ],
  [
    'a decision the role does not own',
    'role: ms-a\n        event: { machine: crisis, event: RAPID_ALERT }',
    'role: nac\n        event: { machine: crisis, event: RAPID_ALERT }',
    'role "nac" does not own crisis RAPID_ALERT; its owners are: ms-a, ms-c',
  ],
  [
    'a local role taking a decision',
    'role: ms-a\n        event: { machine: crisis, event: RAPID_ALERT }',
    'role: press\n        event: { machine: crisis, event: RAPID_ALERT }',
    'local role "press" cannot take playbook decisions',
  ],
  [
    'an event not in force on the date',
    '2019-06-03T09:00',
    '2018-06-03T09:00',
    "event RAPID_ALERT of crisis is not in force on the scenario's date 2018-06-03 (in force from 2019-03-18)",
  ],
  [
    'an unknown instance',
    'instance: arland }',
    'instance: borland }',
    'unknown instance "borland" of solidarity: declare it under "cases" (injects[3].when.decision.instance)',
  ],
  [
    'a missing instance',
    'role: presidency\n        event: { machine: crisis, event: ADOPT }',
    'role: ms-a\n        event: { machine: solidarity, event: WITHDRAW }',
    'mechanism "solidarity" runs one case per requesting Member State: say which with "instance"',
  ],
  [
    'an unknown state',
    'state: full.measures.drafting',
    'state: full.measures.draft',
    'mechanism "crisis" has no state "full.measures.draft"',
  ],
  [
    'an unknown decision field',
    'event: { machine: crisis, event: ADOPT }',
    'event: { machine: crisis, event: ADOPT, fields: { regime: x } }',
    'ADOPT has no field "regime" (its fields: none) (injects[3].expectedActions[0].event.fields.regime)',
  ],
  [
    'a decision field of the wrong type',
    'event: { machine: crisis, event: ADOPT }',
    'event: { machine: crisis, event: ESCALATE, fields: { reason: 1 } }',
    'field "reason" of ESCALATE is text',
  ],
];

/** The injects among themselves: ids, times, markings, objectives, contingencies (checkInjects). */
const INJECT_CASES: ProblemCase[] = [
  [
    'an unknown inject reference',
    'inject: INJ-1, action: EA-1',
    'inject: INJ-9, action: EA-1',
    'unknown inject "INJ-9" (injects[1].when.missed.inject)',
  ],
  [
    'an unknown expected action',
    'inject: INJ-1, action: EA-1',
    'inject: INJ-1, action: EA-7',
    'inject INJ-1 has no expected action "EA-7"',
  ],
  [
    'a contingency without a window',
    '        window: 6h\n',
    '',
    'expected action INJ-1/EA-1 has no window, so it can never be missed',
  ],
  [
    'a time outside the span',
    'at: T+0',
    'at: T+3d',
    'T+3d is after the end of the scenario span (T+2d) (injects[0].at)',
  ],
  ['a duplicate inject id', 'id: INJ-4', 'id: INJ-3', 'inject id "INJ-3" is used twice (injects[3].id)'],
  [
    'a recipient who may not see the marking',
    'to: [ms-a]\n    channel: diplomatic-cable',
    'to: [ms-c]\n    channel: diplomatic-cable',
    'role "ms-c" may not see NATO-ONLY material (clearance: eu)',
  ],
  ['an unknown objective', 'objective: obj-alert', 'objective: obj-alarm', 'unknown objective "obj-alarm"'],
];

/** The scenario as a whole: its playbook, date and time zone (loadScenario itself). */
const HEADING_CASES: ProblemCase[] = [
  [
    'a wrong playbook version',
    'version: "1.0"',
    'version: "2.0"',
    'this scenario targets playbook version 2.0; the loaded playbook is 1.0 (playbook.version)',
  ],
  [
    'an impossible date',
    '2019-06-03T09:00',
    '2019-02-30T09:00',
    '"2019-02-30T09:00" is not a real date and time (start.date)',
  ],
  [
    'an unknown time zone',
    'Europe/Brussels',
    'Europe/Atlantis',
    'unknown time zone "Europe/Atlantis" (start.timeZone)',
  ],
];

/** The document schema itself (ScenarioDocument). */
const SCHEMA_CASES: ProblemCase[] = [
  ['a missing required field', '    text: An explosion at the port of Arland.\n', '', '(injects[0].text)'],
  [
    'an inject with both a time and a condition',
    '    when: { missed: { inject: INJ-1, action: EA-1 } }\n',
    '    when: { missed: { inject: INJ-1, action: EA-1 } }\n    at: T+1h\n',
    'an inject needs exactly one of "at" (a scenario time) or "when" (a condition) (injects[1].at)',
  ],
  ['a bad scenario time', 'at: T+0', 'at: 10:00', 'must be a scenario time such as "T+0"'],
];

describe('loadScenario', () => {
  it('accepts the valid fixture', () => {
    const result = loadScenario({ path: 'mini.yaml', text: miniScenarioText() }, playbook);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.scenario.injects).toHaveLength(4);
  });

  describe('ScenarioRefs, through checkInjects and loadScenario', () => {
    it.each(REFERENCE_CASES)('reports %s with file:line:column', (_name, from, to, expected) => {
      expectProblem(problemsAfter(from, to), expected);
    });
  });

  describe('checkInjects, through loadScenario', () => {
    it.each(INJECT_CASES)('reports %s with file:line:column', (_name, from, to, expected) => {
      expectProblem(problemsAfter(from, to), expected);
    });
  });

  describe('the scenario as a whole', () => {
    it.each(HEADING_CASES)('reports %s with file:line:column', (_name, from, to, expected) => {
      expectProblem(problemsAfter(from, to), expected);
    });
  });

  describe('the ScenarioDocument schema, through loadScenario', () => {
    it.each(SCHEMA_CASES)('reports %s with file:line:column', (_name, from, to, expected) => {
      expectProblem(problemsAfter(from, to), expected);
    });
  });

  describe('checkContingencies, through loadScenario', () => {
    it('finds a contingency loop that could never release', () => {
      const looped = replaceOnce(
        replaceOnce(
          miniScenarioText(),
          '    at: T+0\n',
          '    when: { missed: { inject: INJ-2, action: EA-9 } }\n',
        ),
        '    text: Partners have heard nothing from you.\n',
        '    text: Partners have heard nothing from you.\n    expectedActions:\n      - { id: EA-9, role: ms-a, text: Call back, window: 1h }\n',
      );
      const problems = loadScenario({ path: 'mini.yaml', text: looped }, playbook).problems.map(
        formatProblem,
      );
      expect(
        problems.some((line) =>
          line.includes('contingency loop: INJ-1 → INJ-2 → INJ-1 can never be released'),
        ),
      ).toBe(true);
    });

    it('finds a contingency that could fire only after the scenario ends, and accepts one that fires at its end', () => {
      const check = (window: string, delay: string) =>
        loadScenario(
          {
            path: 'mini.yaml',
            text: replaceOnce(
              replaceOnce(miniScenarioText(), '        window: 6h\n', `        window: ${window}\n`),
              '    when: { missed: { inject: INJ-1, action: EA-1 } }\n',
              `    when: { missed: { inject: INJ-1, action: EA-1 } }\n    delay: ${delay}\n`,
            ),
          },
          playbook,
        ).problems.map(formatProblem);
      expect(check('47h', '2h')).toEqual([
        expect.stringMatching(
          /^mini\.yaml:\d+:\d+: contingency INJ-2 can never be released: INJ-1 is released at T\+0 at the earliest, and EA-1's window and this inject's delay of 2h put its release at T\+2d1h, after the scenario ends at T\+2d /,
        ),
      ]);
      expect(check('47h', '1h')).toEqual([]);
    });
  });
});

describe('which playbook versions serve a scenario', () => {
  // [loaded, scenario written for, served?]: a later revision of the same edition keeps every id.
  it.each([
    ['2018.2', '2018.2', true],
    ['2018.2', '2018.1', true],
    ['2018.10', '2018.9', true],
    ['2018.1', '2018.2', false],
    ['2019.1', '2018.1', false],
    ['2018.1', '2019.1', false],
  ])('playbook %s for a scenario written for %s: %s', (loaded, target, served) => {
    expect(playbookVersionServes(loaded, target)).toBe(served);
  });
});

describe('durations beyond what milliseconds count exactly', () => {
  it.each([
    ['a scenario time', 'at: T+0', 'at: T+99999999999999999999d', 'mini.yaml:24:9:', '(injects[0].at)'],
    ['a span', 'span: 2d', 'span: 365251d', 'mini.yaml:8:7:', '(span)'],
    [
      'a window',
      'window: 6h',
      'window: 525960001m',
      'mini.yaml:34:17:',
      '(injects[0].expectedActions[0].window)',
    ],
  ])('refuses %s past 1000 years, located', (_name, from, to, where, path) => {
    expect(problemsAfter(from, to)).toContainEqual(
      `${where} is too long: at most 365250d (1000 years), which milliseconds can count exactly ${path}`,
    );
  });
});
