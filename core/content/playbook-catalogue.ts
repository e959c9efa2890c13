import type { Playbook } from '../playbook/index';
import {
  allStates,
  buildStateTree,
  guardRefs,
  transitionsOf,
  type Guard,
  type MechanismDocument,
  type Milestone,
  type StateNode,
  type TransitionList,
} from '../playbook/index';
import type { InForce } from '../documents/index';

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

/** "from 2019-03-21", "until 2024-10-17", both, or '' when undated: what a reader needs to see of a date. */
function dated(inForce: InForce | undefined): string {
  return [inForce?.from ? `from ${inForce.from}` : '', inForce?.until ? `until ${inForce.until}` : '']
    .filter(Boolean)
    .join(' ');
}

function transitionItems(list: TransitionList) {
  return (Array.isArray(list) ? list : [list]).map((item) =>
    typeof item === 'string' ? { target: item, inForce: undefined } : item,
  );
}

/** A timer with its date when every way it can fire is dated alike (the UCPM lapse from 2019-03-21). */
function timerLabel(name: string, list: TransitionList): string {
  const dates = [...new Set(transitionItems(list).map((item) => dated(item.inForce)))];
  return dates.length === 1 && dates[0] ? `${name} ${dates[0]}` : name;
}

function guardText(guard: Guard): string {
  return guardRefs(guard)
    .map((ref) => {
      const params = Object.entries(ref.params ?? {}).map(([name, value]) => `${name}=${String(value)}`);
      return params.length ? `${ref.type} ${params.join(', ')}` : ref.type;
    })
    .join(' and ');
}

/**
 * Dated transitions, so the catalogue shows every era-dependent rule and not only dated decisions: the
 * sanctions regimes, for example, are dated transitions of one PROPOSE_LISTING decision.
 */
function datedTransitionLines(node: Pick<StateNode, 'on'>, depth: number): string[] {
  const lines: string[] = [];
  for (const [event, list] of Object.entries(node.on ?? {})) {
    for (const item of transitionItems(list)) {
      const date = dated(item.inForce);
      if (!date) continue;
      const target = item.target ? ` → \`${item.target}\`` : '';
      const guard = 'guard' in item && item.guard ? ` if \`${guardText(item.guard)}\`` : '';
      const description = 'description' in item && item.description ? ` — ${oneLine(item.description)}` : '';
      lines.push(`${'  '.repeat(depth)}- on \`${event}\`${target}${guard}: in force ${date}${description}`);
    }
  }
  return lines;
}

function stateLines(states: Record<string, StateNode> | undefined, depth: number): string[] {
  return Object.entries(states ?? {}).flatMap(([name, node]) => {
    const date = dated(node.inForce);
    const tags = [node.type, node.phase, date ? `in force ${date}` : ''].filter(Boolean).join(', ');
    const timers = Object.entries(node.timers ?? {}).map(([timer, list]) => timerLabel(timer, list));
    const detail = [tags, timers.length ? `timers: ${timers.join(', ')}` : ''].filter(Boolean).join('; ');
    const line = `${'  '.repeat(depth)}- ${node.label} \`${name}\`${detail ? ` (${detail})` : ''}${node.description ? ` — ${oneLine(node.description)}` : ''}`;
    return [line, ...datedTransitionLines(node, depth + 1), ...stateLines(node.states, depth + 1)];
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
  lines.push('States:', '', ...datedTransitionLines(mechanism, 0), ...stateLines(mechanism.states, 0), '');
  lines.push('| decision | owners | stage | in force |', '| --- | --- | --- | --- |');
  for (const [name, event] of Object.entries(mechanism.events)) {
    const owners = event.origin === 'route' ? '(by route)' : event.owners.join(', ');
    const from = dated(event.inForce);
    // An EU–NATO exchange is what the coordination metrics count across the line; say so beside the stage.
    const stage = event.exchange === 'eu-nato' ? `${event.stage}; EU↔NATO exchange` : event.stage;
    lines.push(`| \`${name}\` ${oneLine(event.title)} | ${owners} | ${stage} | ${from} |`);
  }
  lines.push(...whoActsLines(mechanism));
  if (mechanism.routes.length > 0) {
    lines.push('', 'Routes:', '');
    for (const route of mechanism.routes) {
      const date = dated(route.inForce);
      lines.push(
        `- on ${milestone(route.when)} → \`${route.send.machine}\` ${route.send.event}${date ? ` (in force ${date})` : ''}: ${oneLine(route.description)}`,
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
      const date = dated(window.inForce);
      lines.push(
        `| ${window.title}${date ? ` (in force ${date})` : ''} | ${window.metric} | ${milestone(window.from)} → ${milestone(window.to)} | ${window.expected}${reconstructed} | ${oneLine(window.basis)} |`,
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
