// The state tree of the mini fixture's crisis mechanism (test/fixtures/mini-playbook/crisis.yaml):
// standby, sharing, and full with two regions (meetings: idle/held; measures: drafting/adopted).
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import {
  acceptsEventType,
  allStates,
  buildStateTree,
  findState,
  isAncestorOrSelf,
  pathKey,
  resolveTarget,
  transitionsOf,
  type StateEntry,
} from './state-tree';

const crisis = loadMiniPlaybook().mechanisms.get('crisis')!;
const root = buildStateTree(crisis);
const state = (path: string): StateEntry => {
  const found = findState(root, path);
  if (!found) throw new Error(`no state ${path} in the fixture`);
  return found;
};

describe('buildStateTree and allStates', () => {
  it('lists the machine and every state, parents before children, with their paths in the document', () => {
    expect(allStates(root).map((entry) => entry.key)).toEqual([
      '',
      'standby',
      'sharing',
      'full',
      'full.meetings',
      'full.meetings.idle',
      'full.meetings.held',
      'full.measures',
      'full.measures.drafting',
      'full.measures.adopted',
    ]);
    expect(state('full.measures.drafting').docPath).toEqual([
      'states',
      'full',
      'states',
      'measures',
      'states',
      'drafting',
    ]);
    expect(state('full.measures').parent).toBe(state('full'));
  });

  it('joins a path with dots', () => {
    expect(pathKey(['full', 'meetings', 'idle'])).toBe('full.meetings.idle');
    expect(pathKey([])).toBe('');
  });
});

describe('transitionsOf', () => {
  it('normalises shorthand targets and objects, and names timers as timer.<delay>', () => {
    const standby = transitionsOf(state('standby')).map((entry) => [
      entry.trigger,
      entry.transition.target,
      entry.shorthand,
    ]);
    expect(standby).toEqual([
      ['CONSULT', undefined, false],
      ['ACTIVATE', 'sharing', false],
      ['RAPID_ALERT', 'sharing', true],
    ]);
    const sharing = transitionsOf(state('sharing'));
    expect(sharing.map((entry) => [entry.kind, entry.trigger, entry.name])).toEqual([
      ['event', 'ESCALATE', 'ESCALATE'],
      ['event', 'STAND_DOWN', 'STAND_DOWN'],
      ['timer', 'timer.isaaCycle', 'isaaCycle'],
    ]);
    expect(sharing[2]?.docPath).toEqual(['states', 'sharing', 'timers', 'isaaCycle']);
  });

  it('includes the root’s own transitions', () => {
    expect(transitionsOf(root).map((entry) => entry.trigger)).toEqual(['FORCED_FULL']);
  });
});

describe('findState and resolveTarget', () => {
  it('finds a state by its dotted path, and nothing for a path that is not one', () => {
    expect(state('full.meetings.held').key).toBe('full.meetings.held');
    expect(findState(root, 'full.held')).toBeUndefined();
    expect(findState(root, 'meetings')).toBeUndefined();
  });

  it('resolves a bare name to a sibling first, then a dotted path from the root', () => {
    const idle = state('full.meetings.idle');
    expect(resolveTarget(root, idle, 'held')).toBe(state('full.meetings.held'));
    expect(resolveTarget(root, idle, 'full.measures.adopted')).toBe(state('full.measures.adopted'));
    // A bare name that is no sibling is looked up from the root: a top-level state.
    expect(resolveTarget(root, idle, 'standby')).toBe(state('standby'));
    expect(resolveTarget(root, root, 'full')).toBe(state('full'));
    expect(resolveTarget(root, idle, 'adopted')).toBeUndefined();
  });
});

describe('isAncestorOrSelf', () => {
  it('is true for the state itself and every state above it, and for nothing beside or below', () => {
    const drafting = state('full.measures.drafting');
    expect(
      [root, state('full'), state('full.measures'), drafting].map((entry) =>
        isAncestorOrSelf(entry, drafting),
      ),
    ).toEqual([true, true, true, true]);
    expect(isAncestorOrSelf(state('full.meetings'), drafting)).toBe(false);
    expect(isAncestorOrSelf(drafting, state('full'))).toBe(false);
  });
});

describe('acceptsEventType', () => {
  it.each([
    [['standby'], 'ACTIVATE', true],
    [['sharing'], 'ACTIVATE', false],
    [['full.meetings.idle', 'full.measures.drafting'], 'ADOPT', true],
    [['full.meetings.idle', 'full.measures.adopted'], 'ADOPT', false],
    // The root accepts FORCED_FULL in every state.
    [['standby'], 'FORCED_FULL', true],
    [[], 'FORCED_FULL', true],
    [['standby'], 'UNKNOWN', false],
  ])('in %j, %s: %s', (active, event, expected) => {
    expect(acceptsEventType(crisis, active, event)).toBe(expected);
  });
});
