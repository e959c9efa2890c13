// A journal embeds the playbook it was played with, so a name may never leave the registry: an old record
// naming an action, guard or delay the registry no longer has could not be replayed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaybookDocument } from './load-playbook';
import type { ImplementationRef, MechanismDocument } from './playbook-schema';
import { guardRefs } from './guard-refs';
import { ACTION_NAMES, DELAY_NAMES, GUARD_NAMES } from './registry';
import { allStates, buildStateTree, transitionsOf } from './state-tree';

/** Every name the registry provided when this list was frozen. Add new names; never remove one. */
const FROZEN_NAMES = {
  actions: [
    'setFlag',
    'clearFlag',
    'increment',
    'resetCounter',
    // Mechanism documents v3 (playbook 2018.2): who acts.
    'recordActor',
    'forgetActor',
    'addActor',
    'removeActor',
    'clearActors',
  ],
  guards: [
    'flagSet',
    'flagNotSet',
    'counterAtLeast',
    'counterIsZero',
    'fieldEquals',
    'actorInGroup',
    'actorNotInGroup',
    'actorIs',
    'actorIsNot',
    'actorIn',
    'actorNotIn',
    'noActors',
    'stateIn',
    // Playbook 2018.2: field guards for invalid invocations and requests.
    'fieldNotEquals',
    'fieldIsNotActor',
  ],
  delays: [
    'ucpmRequestLapse',
    'nis2EarlyWarning',
    'nis2IncidentNotification',
    'nis2FinalReport',
    'isaaCycle',
    'roundtableCycle',
    'rapidAlertResponse',
    'hscFollowUp',
    'fdiCommentPeriod',
    'fdiOpinionPeriod',
    'weeklyReview',
    'sanctionsReview',
  ],
} as const;

const REGISTRY = { actions: ACTION_NAMES, guards: GUARD_NAMES, delays: DELAY_NAMES };

const JOURNALS_DIR = path.resolve(import.meta.dirname, '../../test/fixtures/journals');

interface UsedNames {
  actions: Set<string>;
  guards: Set<string>;
  delays: Set<string>;
}

const nameOf = (ref: ImplementationRef) => (typeof ref === 'string' ? ref : ref.type);

/** The action, guard and delay names a mechanism uses anywhere: entry, exit, transitions, timers. */
function namesUsedBy(mechanism: MechanismDocument, used: UsedNames): void {
  for (const state of allStates(buildStateTree(mechanism))) {
    for (const ref of [...(state.node.entry ?? []), ...(state.node.exit ?? [])])
      used.actions.add(nameOf(ref));
    for (const entry of transitionsOf(state)) {
      if (entry.kind === 'timer') used.delays.add(entry.name);
      for (const ref of guardRefs(entry.transition.guard)) used.guards.add(ref.type);
      for (const ref of entry.transition.actions ?? []) used.actions.add(nameOf(ref));
    }
  }
}

interface EmbeddedPlaybook {
  sources: { path: string; text: string }[];
  documents?: { mechanisms: MechanismDocument[] };
}

/** The mechanisms a journal's `exercise.created` embeds: the parsed documents, or else their sources. */
function embeddedMechanisms(journal: string): MechanismDocument[] {
  const firstLine = readFileSync(path.join(JOURNALS_DIR, journal, 'events.jsonl'), 'utf8').split('\n')[0];
  const created = JSON.parse(firstLine ?? '') as {
    type: string;
    payload: { content: { playbook: EmbeddedPlaybook } };
  };
  expect(created.type, journal).toBe('exercise.created');
  const { playbook } = created.payload.content;
  if (playbook.documents) return playbook.documents.mechanisms;
  return playbook.sources.flatMap((source) => {
    const parsed = parsePlaybookDocument(source);
    expect(parsed.ok, `${journal}: ${source.path}`).toBe(true);
    return parsed.ok && parsed.value.kind === 'mechanism' ? [parsed.value] : [];
  });
}

describe('the registry keeps every name', () => {
  it.each(Object.keys(FROZEN_NAMES) as (keyof typeof FROZEN_NAMES)[])(
    'still provides every %s name it ever had (a journal embeds the playbook it was played with)',
    (kind) => {
      for (const name of FROZEN_NAMES[kind]) expect(REGISTRY[kind], `${kind}: ${name}`).toContain(name);
    },
  );

  const journals = readdirSync(JOURNALS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has fixture journals to check', () => {
    expect(journals.length).toBeGreaterThan(0);
  });

  it.each(journals)('provides every name the playbook embedded in %s uses', (journal) => {
    const used: UsedNames = { actions: new Set(), guards: new Set(), delays: new Set() };
    const mechanisms = embeddedMechanisms(journal);
    expect(mechanisms.length).toBeGreaterThan(0);
    for (const mechanism of mechanisms) namesUsedBy(mechanism, used);
    expect(used.actions.size + used.guards.size + used.delays.size).toBeGreaterThan(0);
    for (const kind of ['actions', 'guards', 'delays'] as const) {
      for (const name of used[kind])
        expect(REGISTRY[kind], `${journal} uses ${kind}: ${name}`).toContain(name);
    }
  });
});
