// comparison.md: the rows a reader looks for, from comparisons written out by hand (names from the mini fixture).
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { ExerciseReadModels } from '../read-models/index';
import { compareRuns } from './compare-runs';
import type { ComparedFigure, ComparedRun, MetricsComparison } from './compare-types';
import { renderComparison } from './comparison-summary';

async function models(alertAtMs: number | null = null): Promise<ExerciseReadModels> {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  if (alertAtMs !== null) {
    await h.jumpTo(alertAtMs);
    await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  }
  return ExerciseReadModels.of(h.engine.events, h.engine.content);
}

const run = (exerciseId: string, name: string, extra: Partial<ComparedRun> = {}): ComparedRun => ({
  exerciseId,
  name,
  events: 40,
  scenarioDurationMs: 13 * HOUR,
  ended: true,
  branch: null,
  ...extra,
});

const item = (
  key: string,
  subject: ComparedFigure['subject'],
  unit: ComparedFigure['unit'],
  a: number | null,
  b: number | null,
  verdict: ComparedFigure['verdict'],
  extra: Partial<ComparedFigure> = {},
): ComparedFigure => ({
  key,
  group: 'stages',
  subject,
  unit,
  a,
  b,
  difference: a !== null && b !== null ? a - b : null,
  verdict,
  beforeBranch: false,
  ...extra,
});

/** One figure of each kind, with the row each should give. */
const ROWS: [ComparedFigure, string][] = [
  [
    item(
      'stage:all:notify',
      { kind: 'stage', mechanism: null, stage: 'notify' },
      'ms',
      2 * HOUR,
      4 * HOUR,
      'better',
    ),
    '| all mechanisms · T_notify | 2h | 4h | −2h | **better** |',
  ],
  [
    item(
      'stage:crisis:activate',
      { kind: 'stage', mechanism: 'crisis', stage: 'activate' },
      'ms',
      26 * HOUR,
      null,
      'only-a',
    ),
    '| Crisis arrangements · T_activate | 1d2h | — | — | *only this run* |',
  ],
  [
    item(
      'window:crisis:sharing-to-full',
      {
        kind: 'window',
        mechanism: 'crisis',
        actorKey: 'crisis',
        windowId: 'sharing-to-full',
        title: 'Sharing to full',
      },
      'ms',
      HOUR,
      null,
      'better',
      { group: 'windows', status: { a: 'met', b: 'open' } },
    ),
    '| Crisis arrangements · Sharing to full | 1h (met) | open | — | **better** |',
  ],
  [
    item(
      'window:solidarity#arland:lapse',
      {
        kind: 'window',
        mechanism: 'solidarity',
        actorKey: 'solidarity#arland',
        windowId: 'lapse',
        title: 'Lapse',
      },
      'ms',
      null,
      null,
      'only-b',
      { group: 'windows', status: { a: null, b: 'missed' } },
    ),
    '| Solidarity request (arland) · Lapse | — | missed | — | *only the other run* |',
  ],
  [
    item(
      'ack:ms-c:median',
      { kind: 'acknowledgement', role: 'ms-c', measure: 'median' },
      'ms',
      HOUR,
      3 * HOUR,
      'better',
      {
        group: 'acknowledgement',
      },
    ),
    '| Member State C · median latency | 1h | 3h | −2h | **better** |',
  ],
  [
    item(
      'ack:ms-c:acknowledged',
      { kind: 'acknowledgement', role: 'ms-c', measure: 'acknowledged' },
      'count',
      1,
      2,
      'worse',
      {
        group: 'acknowledgement',
      },
    ),
    '| Member State C · acknowledged | 1 | 2 | −1 | **worse** |',
  ],
  [
    item('expected:met', { kind: 'expected', measure: 'met' }, 'count', 3, 1, 'better', {
      group: 'expected',
    }),
    '| met (met and marked met) | 3 | 1 | +2 | **better** |',
  ],
  [
    item('expected:hitRate', { kind: 'expected', measure: 'hitRate' }, 'ratio', 0.5, 1, 'worse', {
      group: 'expected',
    }),
    '| hit rate | 50 % | 100 % | −50 points | **worse** |',
  ],
  [
    item(
      'pair:Evening Courier→state-c',
      { kind: 'organisation-pair', fromOrg: 'Evening Courier', toOrg: 'state-c', euNato: false },
      'count',
      1,
      1,
      'same',
      { group: 'coordination' },
    ),
    '| Evening Courier → State C | 1 | 1 | 0 | same |',
  ],
  [
    item(
      'pair:council→nato',
      { kind: 'organisation-pair', fromOrg: 'council', toOrg: 'nato', euNato: true },
      'count',
      1,
      null,
      'only-a',
      {
        group: 'coordination',
      },
    ),
    '| Council → NATO (EU↔NATO) | 1 | — | — | *only this run* |',
  ],
  [
    item(
      'pair:nato→state-a',
      { kind: 'organisation-pair', fromOrg: 'nato', toOrg: 'state-a', euNato: false },
      'count',
      1,
      2,
      'changed',
      {
        group: 'coordination',
      },
    ),
    '| NATO → State A | 1 | 2 | −1 | *changed* |',
  ],
  [
    item(
      'pair:nato→side:eu',
      { kind: 'organisation-pair', fromOrg: 'nato', toOrg: 'side:eu', euNato: true },
      'count',
      2,
      0,
      'changed',
      { group: 'coordination' },
    ),
    '| NATO → EU side (EU↔NATO) | 2 | 0 | +2 | *changed* |',
  ],
  [
    item('euNato:blocked', { kind: 'eu-nato', measure: 'blocked' }, 'count', 0, 1, 'better', {
      group: 'euNato',
    }),
    '| blocked at the line | 0 | 1 | −1 | **better** |',
  ],
];

function comparison(extra: Partial<MetricsComparison> = {}): MetricsComparison {
  return {
    schemaVersion: 1,
    scenarioId: 'mini-scenario',
    a: run('run-a', 'Mini, quick'),
    b: run('run-b', 'Mini, slow', { events: 44, scenarioDurationMs: 12 * HOUR, ended: false }),
    branchPoint: null,
    figures: ROWS.map(([figure]) => figure),
    differing: 12,
    decisionsAfterBranch: null,
    ...extra,
  };
}

describe('renderComparison', () => {
  it('gives the title, both runs side by side and how many figures differ', async () => {
    const mini = await models();
    const lines = renderComparison(mini, mini, comparison()).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '# Comparison: Mini scenario',
      '',
      '| | this run | other run |',
      '| --- | --- | --- |',
      '| name | Mini, quick | Mini, slow |',
      '| exercise | `run-a` | `run-b` |',
      '| events | 40 | 44 |',
      '| scenario duration | 13h | 12h |',
      '| ended | yes | no |',
      '',
      "12 of 13 figures differ (scenario time only: a headless run's wall clock is simulated).",
    ]);
  });

  it('gives each figure a row under its group, named from the content, differences marked', async () => {
    const mini = await models();
    const text = renderComparison(mini, mini, comparison());
    for (const [, row] of ROWS) expect(text.split('\n')).toContain(row);
    // Groups in their order, each with a table header; an empty group says so.
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Response stages (scenario time)',
      '## Playbook windows',
      '## Acknowledgement of injects (scenario time)',
      '## Expected actions',
      '## Organisation pairs (messages, injects and link products delivered)',
      '## EU↔NATO exchanges',
      '## Legal clocks',
    ]);
    expect(text).toContain('## Legal clocks\n\nNone in either run.\n');
    expect(text).toContain(
      '## Playbook windows\n\n| figure | this run | other run | difference | verdict |\n| --- | --- | --- | --- | --- |\n| Crisis arrangements · Sharing to full |',
    );
    expect(
      text.endsWith(
        '| blocked at the line | 0 | 1 | −1 | **better** |\n\n## Legal clocks\n\nNone in either run.\n',
      ),
    ).toBe(true);
  });

  it('says where a branch left its origin, marks the shared figures and lists the decisions after', async () => {
    const mini = await models();
    const [notify] = ROWS[0]!;
    const text = renderComparison(
      mini,
      mini,
      comparison({
        a: run('mini-branch', 'Mini — what if', {
          branch: { originExerciseId: 'mini-1', originName: 'Mini', atSeq: 12, atScenarioMs: 2 * HOUR },
        }),
        b: run('mini-1', 'Mini'),
        branchPoint: { seq: 12, scenarioMs: 2 * HOUR },
        figures: [
          { ...notify, a: 2 * HOUR, b: 2 * HOUR, difference: 0, verdict: 'same', beforeBranch: true },
        ],
        differing: 0,
        decisionsAfterBranch: {
          a: [
            {
              decisionId: 'd1',
              seq: 14,
              scenarioMs: 5 * HOUR,
              role: 'presidency',
              machine: 'crisis',
              instance: null,
              event: 'STAND_DOWN',
              rationale: null,
              voided: true,
            },
            {
              decisionId: 'd2',
              seq: 20,
              scenarioMs: 6 * HOUR,
              role: 'presidency',
              machine: 'solidarity',
              instance: 'arland',
              event: 'WITHDRAW',
              rationale: 'calmer',
              voided: false,
            },
          ],
          b: [],
        },
      }),
    );
    expect(text).toContain(
      '"Mini — what if" is a what-if branch of "Mini": it left it after event 12, at T+2h. Figures settled before that point are the origin\'s in both runs and are marked "before the branch".',
    );
    expect(text).toContain('| all mechanisms · T_notify | 2h | 2h | 0 | same (before the branch) |');
    expect(text).toContain('0 of 1 figures differ');
    expect(text).toContain(
      [
        '## Decisions after the branch point',
        '',
        '### This run: Mini — what if',
        '',
        '| time | role | mechanism | decision | voided |',
        '| --- | --- | --- | --- | --- |',
        '| T+5h | Presidency | Crisis arrangements | Stand down | voided |',
        '| T+6h | Presidency | Solidarity request (arland) | Withdraw |  |',
        '',
        '### The other run: Mini',
        '',
        'No decisions.',
        '',
      ].join('\n'),
    );
  });

  it('says nothing of a branch or its decisions without a branch point', async () => {
    const mini = await models();
    const text = renderComparison(mini, mini, comparison());
    expect(text).not.toContain('branch');
  });

  it('renders a comparison of two runs as compareRuns gives it', async () => {
    // The rapid alert at T+2h against T+4h: T_notify (from the first delivery at T+0) in total and for the
    // crisis mechanism differs; every other figure is the same. 10 stage figures, 1 window (sharing-to-full,
    // open in both), 4 acknowledgement (ms-a, ms-c), 5 expected, 2 pairs (the press to each Member State), 5
    // EU↔NATO: 27 figures, 2 differ.
    const [quick, slow] = [await models(2 * HOUR), await models(4 * HOUR)];
    const lines = renderComparison(quick, slow, compareRuns(quick, slow)).split('\n');
    expect(lines).toContain(
      "2 of 27 figures differ (scenario time only: a headless run's wall clock is simulated).",
    );
    expect(lines).toContain('| all mechanisms · T_notify | 2h | 4h | −2h | **better** |');
    expect(lines).toContain('| Crisis arrangements · T_notify | 2h | 4h | −2h | **better** |');
    expect(lines).toContain('| Crisis arrangements · Sharing to full | open | open | — | same |');
    expect(lines).toContain('| scenario duration | 2h | 4h |');
  });
});
