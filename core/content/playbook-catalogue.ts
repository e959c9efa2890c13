import type { Playbook } from '../playbook/index';
import {
  allStates,
  buildStateTree,
  guardRefs,
  transitionsOf,
  type MechanismDocument,
  type Milestone,
  type StateNode,
} from '../playbook/index';

/**
 * The playbook as a readable catalogue (docs/playbook-catalogue.md): for controllers, evaluators and
 * scenario authors who need to know which decisions exist, who owns them, how mechanisms are linked and
 * which windows the metrics use, without reading YAML. Generated from the data, so it cannot drift.
 */
export function renderPlaybookCatalogue(playbook: Playbook): string {
  const { manifest } = playbook;
  const lines: string[] = [
    `# Playbook catalogue — ${manifest.title}`,
    '',
    `Generated from \`playbook/\` (${manifest.id} ${manifest.version}) by \`npm run docs\`; do not edit by hand.`,
    '',
    manifest.baseline,
    '',
    '| mechanism | decisions | cases | in force from | state visible to |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const mechanism of playbook.mechanisms.values()) {
    lines.push(
      `| [${mechanism.title}](#${mechanism.id}) | ${Object.keys(mechanism.events).length} | ${mechanism.instanceKey ? mechanism.instanceKey.label : '—'} | ${mechanism.inForce?.from ?? 'baseline'} | ${mechanism.marking} |`,
    );
  }
  for (const mechanism of playbook.mechanisms.values()) lines.push('', ...renderMechanism(mechanism));
  lines.push(
    '',
    '## Roles',
    '',
    '| role | organisation | side | audience | clearance | groups |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const role of playbook.roles) {
    lines.push(
      `| \`${role.id}\` ${role.title} | ${role.organisation} | ${role.side} | ${role.audience} | ${role.clearance.join(', ') || 'public only'} | ${role.groups.join(', ')} |`,
    );
  }
  lines.push('', '## Markings', '', '| marking | releasable to | meaning |', '| --- | --- | --- |');
  for (const marking of playbook.markings) {
    lines.push(
      `| ${marking.id} | ${marking.releasableTo.join(', ') || 'everyone'} | ${oneLine(marking.description)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function milestone(value: Milestone): string {
  return 'event' in value ? value.event : `enters ${value.enters}`;
}

function stateLines(states: Record<string, StateNode> | undefined, depth: number): string[] {
  return Object.entries(states ?? {}).flatMap(([name, node]) => {
    const tags = [node.type, node.phase].filter(Boolean).join(', ');
    const timers = Object.keys(node.timers ?? {});
    const detail = [tags, timers.length ? `timers: ${timers.join(', ')}` : ''].filter(Boolean).join('; ');
    const line = `${'  '.repeat(depth)}- \`${name}\`${detail ? ` (${detail})` : ''}${node.description ? ` — ${oneLine(node.description)}` : ''}`;
    return [line, ...stateLines(node.states, depth + 1)];
  });
}

/**
 * Who acts and the rules on it: the records and sets the mechanism keeps, and every guard with a refusal
 * text, by decision — what the engine refuses, in the words a refused role reads.
 */
function whoActsLines(mechanism: MechanismDocument): string[] {
  const lines: string[] = [];
  const records = mechanism.context?.actors ?? [];
  const sets = mechanism.context?.actorSets ?? [];
  if (records.length + sets.length > 0) {
    const parts = [
      records.length ? `records ${records.map((name) => `\`${name}\``).join(', ')}` : '',
      sets.length ? `sets ${sets.map((name) => `\`${name}\``).join(', ')}` : '',
    ].filter(Boolean);
    lines.push('', `Who acts: ${parts.join('; ')}.`);
  }
  const rules = new Set<string>();
  for (const state of allStates(buildStateTree(mechanism))) {
    for (const entry of transitionsOf(state)) {
      for (const ref of guardRefs(entry.transition.guard)) {
        if (ref.refusal) rules.add(`- \`${entry.name}\`: ${oneLine(ref.refusal)}`);
      }
    }
  }
  if (rules.size > 0)
    lines.push('', 'Rules the engine enforces (a decision that breaks one is refused):', '', ...rules);
  return lines;
}

function renderMechanism(mechanism: MechanismDocument): string[] {
  const lines = [
    `## ${mechanism.title}`,
    '',
    `<a id="${mechanism.id}"></a>\`${mechanism.id}\` — ${oneLine(mechanism.summary)}`,
    '',
  ];
  if (mechanism.legalBasis) lines.push(`Legal basis: ${oneLine(mechanism.legalBasis)}`, '');
  lines.push('States:', '', ...stateLines(mechanism.states, 0), '');
  lines.push('| decision | owners | stage | in force |', '| --- | --- | --- | --- |');
  for (const [name, event] of Object.entries(mechanism.events)) {
    const owners = event.origin === 'route' ? '(by route)' : event.owners.join(', ');
    const from = event.inForce?.from
      ? `from ${event.inForce.from}`
      : event.inForce?.until
        ? `until ${event.inForce.until}`
        : '';
    // An EU–NATO exchange is what the coordination metrics count across the line; say so beside the stage.
    const stage = event.exchange === 'eu-nato' ? `${event.stage}; EU↔NATO exchange` : event.stage;
    lines.push(`| \`${name}\` ${oneLine(event.title)} | ${owners} | ${stage} | ${from} |`);
  }
  lines.push(...whoActsLines(mechanism));
  if (mechanism.routes.length > 0) {
    lines.push('', 'Routes:', '');
    for (const route of mechanism.routes) {
      lines.push(
        `- on ${milestone(route.when)} → \`${route.send.machine}\` ${route.send.event}: ${oneLine(route.description)}`,
      );
    }
  }
  if (mechanism.windows.length > 0) {
    lines.push(
      '',
      '| expected window | metric | from → to | within | basis |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const window of mechanism.windows) {
      const reconstructed = window.reconstructed ? ' (assumed)' : '';
      lines.push(
        `| ${window.title} | ${window.metric} | ${milestone(window.from)} → ${milestone(window.to)} | ${window.expected}${reconstructed} | ${oneLine(window.basis)} |`,
      );
    }
  }
  lines.push('', `Reconstructed: ${oneLine(mechanism.reconstructed)}`, '', 'Sources:', '');
  for (const source of mechanism.sources) {
    const title = source.url ? `[${oneLine(source.title)}](${source.url})` : oneLine(source.title);
    lines.push(`- ${title}${source.reference ? `, ${source.reference}` : ''} (${source.confidence})`);
  }
  return lines;
}
