import { activeStatePaths } from '../playbook/index';
import { formatScenarioTime } from '../scenario/index';
import type { EngineState, LoadedContent } from '../engine/index';
import type { JournalDigest } from './journal-digest';
import { STAGES, type ExerciseMetrics, type LatencyStats, type Span, type StageChain } from './metrics-types';

const duration = (ms: number | null) => (ms === null ? '—' : formatScenarioTime(ms).slice(2) || '0');
const spanText = (value: Span | null) =>
  value ? `${duration(value.scenarioMs)} (wall ${duration(value.wallMs)})` : '—';
const stats = (value: LatencyStats) =>
  value.count === 0 ? '—' : `median ${duration(value.medianMs)}, max ${duration(value.maxMs)}`;
const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');

function chainRow(label: string, chain: StageChain): string {
  return `| ${label} | ${STAGES.map((stage) => spanText(chain[stage])).join(' | ')} |`;
}

const OUTCOME: Record<string, string> = {
  pending: 'open',
  met: 'met',
  missed: 'MISSED',
  'marked-met': 'met (marked)',
  'marked-unmet': 'UNMET (marked)',
};

/**
 * The readable report of an exercise (summary.md), from its journal alone: `run` writes it and `report`
 * writes the same bytes again from the journal.
 */
export function renderSummary(
  digest: JournalDigest,
  state: EngineState,
  content: LoadedContent,
  metrics: ExerciseMetrics,
): string {
  const { scenario } = content;
  const events = digest.events;
  const { exercise, expectedActions: expected, exchange } = metrics;
  const lines = [
    `# ${scenario.title}`,
    '',
    `Exercise \`${exercise.exerciseId}\` · seed ${exercise.seed} · in-world start ${scenario.start.date} ${scenario.start.timeZone} · ${exercise.events} events over ${duration(exercise.scenarioDurationMs)} of scenario time${exercise.ended ? '' : ' (not ended)'}`,
    '',
    '## At a glance',
    '',
    `- Expected actions: ${expected.met + expected.markedMet} met of ${expected.released} released (hit rate ${expected.hitRate === null ? '—' : `${Math.round(expected.hitRate * 100)} %`}), ${expected.missed} missed, ${expected.open} open; ${expected.contingenciesReleased} contingency injects released.`,
    `- Playbook windows: ${metrics.windows.filter((window) => window.status === 'met').length} met, ${metrics.windows.filter((window) => window.status === 'late' || window.status === 'missed').length} late or missed, ${metrics.windows.filter((window) => window.status === 'open').length} open.`,
    `- Deliveries blocked by marking: ${exchange.blockedTotal}; EU↔NATO messages ${exchange.euNato.messages} (blocked ${exchange.euNato.blocked}).`,
    `- Consistency flags: ${metrics.consistency.voidedDecisions.length} voided decisions, ${metrics.consistency.conflictingAssessments.length} conflicting assessments, ${metrics.consistency.laggingEscalations.length} lagging escalations.`,
    '',
    '## Response timings (scenario time; wall time in brackets)',
    '',
    `| scope | ${STAGES.map((stage) => `T_${stage}`).join(' | ')} |`,
    `| --- | ${STAGES.map(() => '---').join(' | ')} |`,
    chainRow('all mechanisms', metrics.stages.total),
    ...Object.entries(metrics.stages.byMechanism).map(([machine, chain]) => chainRow(machine, chain)),
    ...Object.entries(metrics.stages.byCase).map(([key, chain]) => chainRow(key, chain)),
    '',
    '## Playbook windows',
    '',
    '| mechanism | window | expected | took | outcome |',
    '| --- | --- | --- | --- | --- |',
    ...metrics.windows.map(
      (window) =>
        `| ${window.actorKey} | ${cell(window.title)}${window.reconstructed ? ' (assumed)' : ''} | ${duration(window.expectedMs)} | ${spanText(window.span)} | ${window.status} |`,
    ),
    '',
    '## Expected actions',
    '',
    '| inject | action | role | what | window | outcome |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const inject of scenario.injects) {
    for (const action of inject.expectedActions) {
      const outcome = state.injects[inject.id]?.expected[action.id]?.status;
      const what = 'event' in action ? `${action.event.machine} ${action.event.event}` : cell(action.text);
      lines.push(
        `| ${inject.id} | ${action.id} | ${action.role} | ${what} | ${action.window ?? '—'} | ${outcome ? (OUTCOME[outcome] ?? outcome) : 'not released'} |`,
      );
    }
  }
  lines.push(
    '',
    '## Acknowledgement of injects',
    '',
    '| role | delivered | acknowledged | latency |',
    '| --- | --- | --- | --- |',
  );
  for (const row of metrics.acknowledgement)
    lines.push(`| ${row.role} | ${row.delivered} | ${row.acknowledged} | ${stats(row.scenario)} |`);
  lines.push(
    '',
    '## Information sharing',
    '',
    '| from | to | marking | delivered | read | latency |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const row of metrics.infoSharing)
    lines.push(
      `| ${row.fromOrg} | ${row.toOrg} | ${row.marking} | ${row.delivered} | ${row.read} | ${stats(row.scenario)} |`,
    );
  lines.push(
    '',
    '## Decisions',
    '',
    '| time | role | mechanism | decision | voided |',
    '| --- | --- | --- | --- | --- |',
  );
  const voided = new Set(metrics.consistency.voidedDecisions.map((decision) => decision.decisionId));
  for (const event of events) {
    if (event.type !== 'decision.taken') continue;
    const instance = event.payload.instance ? ` (${String(event.payload.instance)})` : '';
    lines.push(
      `| ${formatScenarioTime(event.scenarioMs)} | ${event.actor?.actingAs ?? event.actor?.role ?? ''} | ${String(event.payload.machine)}${instance} | ${String(event.payload.event)} | ${voided.has(event.payload.decisionId as string) ? 'voided' : ''} |`,
    );
  }
  lines.push('', '## Mechanisms at the end', '', '| mechanism | state |', '| --- | --- |');
  for (const [key, actor] of Object.entries(state.actors).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const paths = activeStatePaths(actor.value as never);
    const leaves = paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)));
    // Sorted: a state value read back from the journal has its keys in canonical order, not XState's.
    lines.push(`| ${key} | ${leaves.sort().join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
