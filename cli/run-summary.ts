import { activeStatePaths, formatScenarioTime, type ExerciseEngine, type RunSummary } from '../core/index';

/** The few lines `run` prints: enough to see at a glance how the exercise went. */
export function runSummaryLines(engine: ExerciseEngine, summary: RunSummary, journal: string): string[] {
  const { scenario } = engine.content;
  return [
    `${scenario.title} — ${summary.policy}, seed ${summary.seed}`,
    `  played to ${formatScenarioTime(summary.scenarioMs)} of scenario time: ${summary.events} events`,
    `  injects released ${summary.injectsReleased} (contingencies ${summary.contingenciesReleased}); deliveries blocked by marking ${summary.deliveriesBlocked}`,
    `  decisions ${summary.decisions} (refused ${summary.decisionsRefused}); expected actions met ${summary.expectedMet}, missed ${summary.expectedMissed}`,
    `  journal ${journal}`,
  ];
}

const statusLabel: Record<string, string> = {
  pending: 'open',
  met: 'met',
  missed: 'MISSED',
  'marked-met': 'met (marked)',
  'marked-unmet': 'UNMET (marked)',
};

/** summary.md beside the journal: what was released, decided, met and missed, readable without the app. */
export function runSummaryMarkdown(engine: ExerciseEngine, summary: RunSummary): string {
  const { scenario } = engine.content;
  const state = engine.state;
  const lines = [
    `# Run summary: ${scenario.title}`,
    '',
    `Exercise \`${state.exerciseId}\` · policy **${summary.policy}** · seed ${summary.seed} · in-world start ${scenario.start.date} ${scenario.start.timeZone}`,
    '',
    ...runSummaryLines(engine, summary, 'events.jsonl')
      .slice(1)
      .map((line) => `- ${line.trim()}`),
    '',
    '## Expected actions',
    '',
    '| inject | action | role | what | window | outcome |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const inject of scenario.injects) {
    const injectState = state.injects[inject.id];
    for (const action of inject.expectedActions) {
      const outcome = injectState?.expected[action.id]?.status;
      const what =
        'event' in action ? `${action.event.machine} ${action.event.event}` : action.text.replace(/\|/g, '/');
      lines.push(
        `| ${inject.id} | ${action.id} | ${action.role} | ${what} | ${action.window ?? '—'} | ${outcome ? (statusLabel[outcome] ?? outcome) : 'not released'} |`,
      );
    }
  }
  lines.push('', '## Decisions', '', '| time | role | mechanism | decision |', '| --- | --- | --- | --- |');
  for (const event of engine.events) {
    if (event.type !== 'decision.taken') continue;
    const payload = event.payload;
    const instance = payload.instance ? ` (${String(payload.instance)})` : '';
    lines.push(
      `| ${formatScenarioTime(event.scenarioMs)} | ${event.actor?.actingAs ?? event.actor?.role ?? ''} | ${String(payload.machine)}${instance} | ${String(payload.event)} |`,
    );
  }
  lines.push('', '## Mechanisms at the end', '', '| mechanism | state |', '| --- | --- |');
  for (const [key, actor] of Object.entries(state.actors).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const leaves = activeStatePaths(actor.value as never).filter(
      (path, _index, all) => !all.some((other) => other.startsWith(`${path}.`)),
    );
    lines.push(`| ${key} | ${leaves.join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
