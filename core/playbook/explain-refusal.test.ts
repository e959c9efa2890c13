// Who acts: records, sets, guard lists and stateIn on a hand-made mechanism, driven as roles would drive it,
// and the refusal each stopped decision gets. The expected values are written out by hand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { miniPlaybookSources, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem } from '../documents/index';
import { explainRefusal } from './explain-refusal';
import { loadPlaybook } from './load-playbook';
import type { MechanismEvent } from './registry';

const COUNCIL = path.resolve(import.meta.dirname, '../../test/fixtures/who-acts/council.yaml');
const councilText = readFileSync(COUNCIL, 'utf8');
const DATE = '2019-06-03';

function load(text = councilText) {
  return loadPlaybook([...miniPlaybookSources(), { path: 'who-acts/council.yaml', text }]);
}
const loaded = load();
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const playbook = loaded.playbook;
const document = playbook.mechanisms.get('council')!;

const msA = { role: 'ms-a', groups: ['member-state', 'nato-ally'] };
const msC = { role: 'ms-c', groups: ['member-state'] };
const presidency = { role: 'presidency', groups: ['council'] };
const TITLES: Record<string, string> = { 'ms-a': 'Member State A', 'ms-c': 'Member State C' };
const title = (role: string) => TITLES[role] ?? role;

function start() {
  return createActor(playbook.machine('council', DATE), { input: { instance: null } }).start();
}

/** Send a decision; when the machine refuses it, say why as the engine would. */
function decide(actor: ReturnType<typeof start>, type: string, who: MechanismEvent['actor']) {
  const event: MechanismEvent = { type, actor: who, payload: {} };
  const before = actor.getSnapshot();
  if (before.can(event)) {
    actor.send(event);
    return 'accepted';
  }
  const refusal = explainRefusal(document, DATE, before.value, before.context, event, title);
  return refusal ? `${refusal.code}: ${refusal.reason}` : 'not handled here';
}

describe('who acts in a case', () => {
  it('records the requester: only it withdraws, and it cannot offer to itself', () => {
    const actor = start();
    expect(actor.getSnapshot().context.actors).toEqual({ requester: null });
    expect(decide(actor, 'REQUEST', msA)).toBe('accepted');
    expect(actor.getSnapshot().context.actors).toEqual({ requester: 'ms-a' });
    expect(decide(actor, 'OFFER', msA)).toBe('not-allowed: nobody offers to their own request');
    expect(decide(actor, 'OFFER', msC)).toBe('accepted');
    expect(actor.getSnapshot().context.counters.offers).toBe(1);
    expect(decide(actor, 'WITHDRAW', msC)).toBe(
      'not-allowed: only Member State A, the requester, may take it',
    );
    expect(decide(actor, 'WITHDRAW', msA)).toBe('accepted');
    expect(actor.getSnapshot().context.actors).toEqual({ requester: null });
  });

  it('keeps each objection as its member’s own: another member cannot lift it, and adoption waits for all', () => {
    const actor = start();
    decide(actor, 'SHARE', msA);
    expect(decide(actor, 'OBJECT', msA)).toBe('accepted');
    expect(decide(actor, 'OBJECT', msA)).toBe('not-allowed: Member State A is already among the objectors');
    expect(decide(actor, 'OBJECT', msC)).toBe('accepted');
    expect(actor.getSnapshot().context.actorSets).toEqual({ objectors: ['ms-a', 'ms-c'] });
    expect(decide(actor, 'ADOPT', presidency)).toBe(
      'not-now: the objectors stand: Member State A, Member State C',
    );
    expect(decide(actor, 'LIFT', msC)).toBe('accepted');
    expect(decide(actor, 'LIFT', msC)).toBe('not-allowed: Member State C is not among the objectors');
    expect(actor.getSnapshot().context.actorSets).toEqual({ objectors: ['ms-a'] });
    expect(decide(actor, 'ADOPT', presidency)).toBe('not-now: the objectors stand: Member State A');
    expect(decide(actor, 'LIFT', msA)).toBe('accepted');
    expect(decide(actor, 'ADOPT', presidency)).toBe('accepted');
    expect(actor.getSnapshot().value).toMatchObject({ open: { council: 'adopted' } });
  });

  it('holds a later layer until the earlier one is in the state it names (stateIn, in a guard list)', () => {
    const actor = start();
    expect(decide(actor, 'ADOPT', presidency)).toBe('not-now: the technical layer has shared nothing yet');
    expect(decide(actor, 'SHARE', msC)).toBe('accepted');
    expect(decide(actor, 'ADOPT', presidency)).toBe('accepted');
    expect(decide(actor, 'RESET', presidency)).toBe('accepted');
    expect(actor.getSnapshot().context.actorSets).toEqual({ objectors: [] });
  });

  it('says nothing when the event is not handled in the active states', () => {
    expect(decide(start(), 'WITHDRAW', msA)).toBe('not handled here');
  });
});

describe('the loader checks who-acts guards and actions', () => {
  it.each([
    [
      'an undeclared record',
      'params: { record: requester } }\n                actions: [{ type: forgetActor',
      'params: { record: requestor } }\n                actions: [{ type: forgetActor',
      'record "requestor" is not declared in context.actors',
    ],
    [
      'an undeclared set',
      '{ type: actorIn, params: { set: objectors } }',
      '{ type: actorIn, params: { set: vetoes } }',
      'set "vetoes" is not declared in context.actorSets',
    ],
    [
      'a state that does not exist',
      'state: open.layers.technical.shared',
      'state: open.layers.political.shared',
      'no state "open.layers.political.shared" (a dotted path from the root)',
    ],
    [
      'a guard the registry lacks, inside a list',
      '- { type: noActors, params: { set: objectors } }',
      '- { type: nobodyObjects, params: { set: objectors } }',
      'unknown guard "nobodyObjects"',
    ],
  ])('refuses %s, naming file and line', (_name, from, to, message) => {
    const result = load(replaceOnce(councilText, from, to));
    expect(result.ok).toBe(false);
    const problems = result.problems.map(formatProblem);
    expect(problems.some((problem) => problem.startsWith('who-acts/council.yaml:'))).toBe(true);
    expect(problems.join('\n')).toContain(message);
  });
});

describe('the loader checks the field guards against the decision’s fields', () => {
  it.each([
    [
      'fieldIsNotActor',
      'params: { field: partner, record: invoker }',
      'params: { field: partnr, record: invoker }',
      'partnr',
    ],
    [
      'fieldNotEquals',
      'params: { field: scope, value: outside-scope }',
      'params: { field: scop, value: outside-scope }',
      'scop',
    ],
  ])('refuses %s naming a field the event lacks', (_guard, from, to, field) => {
    const sources = bundledPlaybookSources().map((source) =>
      source.text.includes(from) ? { ...source, text: source.text.replace(from, to) } : source,
    );
    const result = loadPlaybook(sources);
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem).join('\n')).toMatch(
      new RegExp(`machines/[a-z-]+\\.yaml:\\d+:\\d+.*has no field "${field}" to compare`),
    );
  });
});
