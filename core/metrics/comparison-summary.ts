import type { ExerciseReadModels } from '../read-models/index';
import { formatScenarioTime } from '../scenario/index';
import {
  COMPARED_GROUPS,
  type ComparedDecision,
  type ComparedFigure,
  type ComparedGroup,
  type ComparedRun,
  type FigureSubject,
  type FigureVerdict,
  type MetricsComparison,
} from './compare-types';

const duration = (ms: number) => formatScenarioTime(ms).slice(2) || '0';
const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');

const GROUP_TITLES: Record<ComparedGroup, string> = {
  stages: 'Response stages (scenario time)',
  windows: 'Playbook windows',
  acknowledgement: 'Acknowledgement of injects (scenario time)',
  expected: 'Expected actions',
  coordination: 'Organisation pairs (messages, injects and link products delivered)',
  euNato: 'EU↔NATO exchanges',
  legalClocks: 'Legal clocks',
};

const EXPECTED_LABELS = {
  released: 'released',
  met: 'met (met and marked met)',
  missed: 'missed (missed and marked unmet)',
  open: 'open',
  hitRate: 'hit rate',
} as const;

const EU_NATO_LABELS = {
  exchanges: 'EU↔NATO exchanges',
  messages: 'messages across the line',
  products: 'link products across the line',
  blocked: 'blocked at the line',
  scriptedInjects: 'scripted injects across the line',
} as const;

/** Better and worse stand out; a figure of the shared part of a branch says so. */
const VERDICT_TEXT: Record<FigureVerdict, string> = {
  same: 'same',
  better: '**better**',
  worse: '**worse**',
  changed: '*changed*',
  'only-a': '*only this run*',
  'only-b': '*only the other run*',
};

/** Names from the runs' own content (this run's first, then the other's), falling back to the id. */
function namesOf(a: ExerciseReadModels, b: ExerciseReadModels) {
  const contents = [a.content, b.content];
  const first = (pick: (content: ExerciseReadModels['content']) => string | undefined, id: string) =>
    contents.map(pick).find((name) => name !== undefined) ?? id;
  const mechanism = (id: string) => first((content) => content.playbook.mechanisms.get(id)?.title, id);
  return {
    mechanism,
    actor(actorKey: string) {
      const [machine, instance] = actorKey.split('#') as [string, string | undefined];
      return instance === undefined ? mechanism(machine) : `${mechanism(machine)} (${instance})`;
    },
    role: (id: string) =>
      first(
        (content) =>
          content.playbook.role(id)?.title ??
          content.scenario.roles.local.find((role) => role.id === id)?.title,
        id,
      ),
    event: (machine: string, event: string) =>
      first((content) => content.playbook.mechanisms.get(machine)?.events[event]?.title, event),
    // A link product goes to the other side as a whole (`side:nato`, core/read-models/exchange-graph).
    organisation: (id: string) =>
      id.startsWith('side:') ? `${id.slice('side:'.length).toUpperCase()} side` : a.parties.nameOf(id),
  };
}
type Names = ReturnType<typeof namesOf>;

function label(subject: FigureSubject, names: Names): string {
  switch (subject.kind) {
    case 'stage':
      return `${subject.mechanism === null ? 'all mechanisms' : names.mechanism(subject.mechanism)} · T_${subject.stage}`;
    case 'window':
    case 'legal-clock':
      return `${names.actor(subject.actorKey)} · ${subject.title}`;
    case 'acknowledgement':
      return `${names.role(subject.role)} · ${subject.measure === 'median' ? 'median latency' : 'acknowledged'}`;
    case 'expected':
      return EXPECTED_LABELS[subject.measure];
    case 'organisation-pair':
      return `${names.organisation(subject.fromOrg)} → ${names.organisation(subject.toOrg)}${subject.euNato ? ' (EU↔NATO)' : ''}`;
    case 'eu-nato':
      return EU_NATO_LABELS[subject.measure];
  }
}

function value(item: ComparedFigure, side: 'a' | 'b'): string {
  const number = item[side];
  const text =
    number === null
      ? '—'
      : item.unit === 'ms'
        ? duration(number)
        : item.unit === 'ratio'
          ? `${Math.round(number * 100)} %`
          : String(number);
  if (!item.status) return text;
  // A window's outcome beside its time; a window that never opened in this run has neither.
  const status = item.status[side];
  if (status === null) return '—';
  return number === null ? status : `${text} (${status})`;
}

function difference(item: ComparedFigure): string {
  const { difference: delta, unit } = item;
  if (delta === null) return '—';
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '−';
  const size = Math.abs(delta);
  if (unit === 'ratio') return `${sign}${Math.round(size * 100)} points`;
  if (unit === 'count') return `${sign}${size}`;
  return `${sign}${size < 60_000 ? '<1m' : duration(size)}`;
}

function groupLines(group: ComparedGroup, figures: readonly ComparedFigure[], names: Names): string[] {
  const rows = figures.filter((item) => item.group === group);
  const lines = [`## ${GROUP_TITLES[group]}`, ''];
  if (rows.length === 0) return [...lines, 'None in either run.', ''];
  lines.push('| figure | this run | other run | difference | verdict |', '| --- | --- | --- | --- | --- |');
  for (const item of rows) {
    const verdict = `${VERDICT_TEXT[item.verdict]}${item.beforeBranch ? ' (before the branch)' : ''}`;
    lines.push(
      `| ${cell(label(item.subject, names))} | ${value(item, 'a')} | ${value(item, 'b')} | ${difference(item)} | ${verdict} |`,
    );
  }
  return [...lines, ''];
}

function runsLines(a: ComparedRun, b: ComparedRun): string[] {
  const row = (name: string, pick: (run: ComparedRun) => string) => `| ${name} | ${pick(a)} | ${pick(b)} |`;
  return [
    '| | this run | other run |',
    '| --- | --- | --- |',
    row('name', (run) => cell(run.name)),
    row('exercise', (run) => `\`${run.exerciseId}\``),
    row('events', (run) => String(run.events)),
    row('scenario duration', (run) => duration(run.scenarioDurationMs)),
    row('ended', (run) => (run.ended ? 'yes' : 'no')),
    '',
  ];
}

function branchLines(comparison: MetricsComparison): string[] {
  const { branchPoint: point, a, b } = comparison;
  if (!point) return [];
  const [branch, origin] = a.branch?.originExerciseId === b.exerciseId ? [a, b] : [b, a];
  return [
    `"${branch.name}" is a what-if branch of "${origin.name}": it left it after event ${point.seq}, at ${formatScenarioTime(point.scenarioMs)}. Figures settled before that point are the origin's in both runs and are marked "before the branch".`,
    '',
  ];
}

function decisionLines(title: string, decisions: readonly ComparedDecision[], names: Names): string[] {
  const lines = [`### ${title}`, ''];
  if (decisions.length === 0) return [...lines, 'No decisions.', ''];
  lines.push('| time | role | mechanism | decision | voided |', '| --- | --- | --- | --- | --- |');
  for (const decision of decisions) {
    const instance = decision.instance ? ` (${decision.instance})` : '';
    lines.push(
      `| ${formatScenarioTime(decision.scenarioMs)} | ${decision.role === null ? '—' : cell(names.role(decision.role))} | ${cell(names.mechanism(decision.machine))}${instance} | ${cell(names.event(decision.machine, decision.event))} | ${decision.voided ? 'voided' : ''} |`,
    );
  }
  return [...lines, ''];
}

/**
 * The readable comparison of two runs (comparison.md), from the comparison and the runs' read models, which
 * give the names: `a` is "this run", `b` "the other run", and every difference reads as this run against it.
 */
export function renderComparison(
  a: ExerciseReadModels,
  b: ExerciseReadModels,
  comparison: MetricsComparison,
): string {
  const names = namesOf(a, b);
  const lines = [
    `# Comparison: ${a.content.scenario.title}`,
    '',
    ...runsLines(comparison.a, comparison.b),
    ...branchLines(comparison),
    `${comparison.differing} of ${comparison.figures.length} figures differ (scenario time only: a headless run's wall clock is simulated).`,
    '',
    ...COMPARED_GROUPS.flatMap((group) => groupLines(group, comparison.figures, names)),
  ];
  const after = comparison.decisionsAfterBranch;
  if (after)
    lines.push(
      '## Decisions after the branch point',
      '',
      ...decisionLines(`This run: ${cell(comparison.a.name)}`, after.a, names),
      ...decisionLines(`The other run: ${cell(comparison.b.name)}`, after.b, names),
    );
  return `${lines.join('\n').trimEnd()}\n`;
}
