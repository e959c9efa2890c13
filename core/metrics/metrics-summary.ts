import { formatScenarioTime } from '../scenario/index';
import type { ExerciseReadModels } from '../read-models/index';
import { STAGES, type ExerciseMetrics, type LatencyStats, type Span, type StageChain } from './metrics-types';

const duration = (ms: number | null) => (ms === null ? '—' : formatScenarioTime(ms).slice(2) || '0');
const spanText = (value: Span | null) =>
  value ? `${duration(value.scenarioMs)} (wall ${duration(value.wallMs)})` : '—';
const stats = (value: LatencyStats) =>
  value.count === 0 ? '—' : `median ${duration(value.medianMs)}, max ${duration(value.maxMs)}`;
const cell = (text: string) => text.replace(/\|/g, '/').replace(/\s+/g, ' ');

/** Who took the decisions: people at stations, control by hand, automated roles (core/read-models/actor-credit). */
function decisionCredits(models: ExerciseReadModels): string {
  const count = { person: 0, control: 0, automated: 0, engine: 0 };
  for (const decision of models.history.decisions()) count[decision.credit.kind] += 1;
  return `- Decisions taken: ${count.person} by people at stations, ${count.control} by control acting for a role, ${count.automated} by automated roles.`;
}

/** How many of each role's acknowledgements an automated role made. */
function automatedAcknowledgements(models: ExerciseReadModels): Map<string, number> {
  const counts = new Map<string, number>();
  for (const inject of models.injects.all())
    for (const recipient of inject.recipients.values())
      if (recipient.acknowledged && recipient.acknowledgedByAgent)
        counts.set(recipient.role, (counts.get(recipient.role) ?? 0) + 1);
  return counts;
}

/** A what-if branch says where it left its origin (issue 23); an exercise of its own says nothing here. */
function branchLines(models: ExerciseReadModels): string[] {
  const { branch } = models.facts;
  if (!branch) return [];
  return [
    `What-if branch "${models.facts.name}" of \`${branch.originExerciseId}\` ("${branch.originName}"), played on from its event ${branch.atSeq} at ${formatScenarioTime(branch.atScenarioMs)}: the events before are the origin's.`,
    '',
  ];
}

function chainRow(label: string, chain: StageChain): string {
  return `| ${label} | ${STAGES.map((stage) => spanText(chain[stage])).join(' | ')} |`;
}

/**
 * The readable report of an exercise (summary.md), from its journal alone: `run` writes it and `report`
 * writes the same bytes again from the journal.
 */
export function renderSummary(models: ExerciseReadModels, metrics: ExerciseMetrics): string {
  const { scenario } = models.content;
  const { exercise, expectedActions: expected, exchange } = metrics;
  const { byStatus } = expected;
  const { euNato } = exchange;
  const lines = [
    `# ${scenario.title}`,
    '',
    `Exercise \`${exercise.exerciseId}\` · seed ${exercise.seed} · in-world start ${scenario.start.date} ${scenario.start.timeZone} · ${exercise.events} events over ${duration(exercise.scenarioDurationMs)} of scenario time${exercise.ended ? '' : ' (not ended)'}`,
    '',
    ...branchLines(models),
    '## At a glance',
    '',
    `- Expected actions: ${byStatus.met + byStatus['marked-met']} met of ${expected.released} released (hit rate ${expected.hitRate === null ? '—' : `${Math.round(expected.hitRate * 100)} %`}), ${byStatus.missed + byStatus['marked-unmet']} missed or marked unmet, ${byStatus.open} open; ${expected.contingenciesReleased} contingency injects released.`,
    `- Playbook windows: ${metrics.windows.filter((window) => window.status === 'met').length} met, ${metrics.windows.filter((window) => window.status === 'late' || window.status === 'missed').length} late or missed, ${metrics.windows.filter((window) => window.status === 'open').length} open.`,
    `- EU↔NATO exchanges: ${euNato.exchanges} (${euNato.messages} messages, ${euNato.products} link products); blocked at the line ${euNato.blocked}; scripted injects across the line ${euNato.scriptedInjects}.`,
    `- Deliveries and link products blocked by marking: ${exchange.blockedTotal}.`,
    decisionCredits(models),
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
      const outcome = models.expected.get(inject.id, action.id)?.status ?? 'not released';
      const what = 'event' in action ? `${action.event.machine} ${action.event.event}` : cell(action.text);
      lines.push(
        `| ${inject.id} | ${action.id} | ${action.role} | ${what} | ${action.window ?? '—'} | ${outcome} |`,
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
  const automated = automatedAcknowledgements(models);
  for (const row of metrics.acknowledgement) {
    // Whose latency it is: an automated role's acknowledgements are the agent's, not people's.
    const byAgent = automated.get(row.role) ?? 0;
    const role =
      byAgent === 0
        ? row.role
        : byAgent === row.acknowledged
          ? `${row.role} (automated)`
          : `${row.role} (${byAgent} of ${row.acknowledged} automated)`;
    lines.push(`| ${role} | ${row.delivered} | ${row.acknowledged} | ${stats(row.scenario)} |`);
  }
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
  for (const decision of models.history.decisions()) {
    const instance = decision.instance ? ` (${decision.instance})` : '';
    // An automated role is credited as automated (never to the control role its agent sent through); a body
    // the scenario does not play, to the control role that played it by hand.
    const { credit } = decision;
    const role =
      credit.kind === 'automated'
        ? `${decision.role} (automated, ${credit.policy ?? ''})`
        : decision.playedBy !== null && !models.parties.isInPlay(decision.role)
          ? `${decision.role} (played by ${decision.playedBy})`
          : decision.role;
    lines.push(
      `| ${formatScenarioTime(decision.scenarioMs)} | ${role} | ${decision.machine}${instance} | ${decision.event} | ${decision.voided ? 'voided' : ''} |`,
    );
  }
  lines.push('', '## Mechanisms at the end', '', '| mechanism | state |', '| --- | --- |');
  const actors = [...models.history.actors()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [key, records] of actors) {
    // Sorted: a state value read back from the journal has its keys in canonical order, not XState's.
    lines.push(`| ${key} | ${[...(records.at(-1)?.to ?? [])].sort().join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
