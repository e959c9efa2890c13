import { describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../test/bundled-content';
import type { AudienceEntry } from '../ports/index';
import { contentEnvelope, decisionMarkings, isAtLeastAsStrict } from './content-marking';
import type { EngineRole } from './roles';
import { canRoleSee, CONTROL_ONLY, EVERYONE, toRole } from './visibility';

const playbook = loadBundledPlaybook();

/** markings.yaml by hand: the tags each marking is releasable to, none for PUBLIC (releasable to all). */
const RELEASABLE_TO: Record<string, string[]> = {
  PUBLIC: [],
  'EU-ONLY': ['eu'],
  'EU-INSTITUTIONS-ONLY': ['eu-institutions'],
  'NATO-ONLY': ['nato'],
  'REL-EU-NATO': ['eu', 'nato'],
  'NATO-REL-EU-INSTITUTIONS': ['nato', 'eu-institutions'],
};
const MARKINGS = Object.keys(RELEASABLE_TO);

const role = (id: string, clearance: string[], audience: EngineRole['audience'] = 'players'): EngineRole => ({
  id,
  title: id,
  audience,
  clearance,
  groups: [],
  local: false,
});

/** A player for every set of clearance tags, an observer, and control and evaluation. */
const TAGS = ['eu', 'eu-institutions', 'nato'];
const PLAYERS = Array.from({ length: 8 }, (_, bits) =>
  role(
    `p${bits}`,
    TAGS.filter((_, index) => bits & (1 << index)),
  ),
);
const ROLES = new Map(
  [
    ...PLAYERS,
    role('watcher', ['eu'], 'observers'),
    role('excon', [], 'control'),
    role('evaluator', [], 'evaluation'),
  ].map((entry) => [entry.id, entry]),
);

/** The rule by hand: cleared for each marking, or control and evaluation, who see everything. */
const clearedForAll = (viewer: EngineRole, markings: string[]) =>
  viewer.audience === 'control' ||
  viewer.audience === 'evaluation' ||
  markings.every((id) => {
    const tags = RELEASABLE_TO[id] as string[];
    return tags.length === 0 || tags.some((tag) => viewer.clearance.includes(tag));
  });

const combinations = (size: number, from = 0): string[][] =>
  size === 0
    ? [[]]
    : MARKINGS.slice(from).flatMap((first, index) =>
        combinations(size - 1, from + index + 1).map((rest) => [first, ...rest]),
      );

describe('contentEnvelope', () => {
  it.each([
    [[], null],
    [['PUBLIC'], 'PUBLIC'],
    [['REL-EU-NATO'], 'REL-EU-NATO'],
    [['REL-EU-NATO', 'NATO-ONLY'], 'NATO-ONLY'],
    [['NATO-ONLY', 'REL-EU-NATO'], 'NATO-ONLY'],
    [['REL-EU-NATO', 'PUBLIC'], 'REL-EU-NATO'],
    [['EU-ONLY', 'REL-EU-NATO', 'EU-ONLY'], 'EU-ONLY'],
    [['NATO-REL-EU-INSTITUTIONS', 'EU-INSTITUTIONS-ONLY'], 'EU-INSTITUTIONS-ONLY'],
  ])('%j: one marking at least as strict as the rest (%s) keeps the usual audience', (carried, marking) => {
    expect(contentEnvelope(playbook, ROLES, carried)).toEqual({ marking, audience: EVERYONE });
  });

  it('incomparable markings: the strictest-first as the marking, the roles holding both as the audience', () => {
    expect(contentEnvelope(playbook, ROLES, ['EU-INSTITUTIONS-ONLY', 'NATO-ONLY'])).toEqual({
      marking: 'EU-INSTITUTIONS-ONLY',
      // p6 holds eu-institutions and nato, p7 every tag.
      audience: ['role:p6', 'role:p7', 'control', 'evaluation'],
    });
    expect(contentEnvelope(playbook, ROLES, ['REL-EU-NATO', 'NATO-REL-EU-INSTITUTIONS'])).toEqual({
      marking: 'REL-EU-NATO',
      // eu or nato, and nato or eu-institutions: nato alone (p4), eu with eu-institutions (p3), and the rest.
      audience: ['role:p3', 'role:p4', 'role:p5', 'role:p6', 'role:p7', 'control', 'evaluation'],
    });
  });

  it('incomparable markings addressed to one role reach that role only when it is cleared for both', () => {
    const carried = ['EU-ONLY', 'NATO-ONLY'];
    expect(contentEnvelope(playbook, ROLES, carried, toRole('p5')).audience).toEqual([
      'role:p5',
      'control',
      'evaluation',
    ]);
    expect(contentEnvelope(playbook, ROLES, carried, toRole('p1')).audience).toEqual(CONTROL_ONLY);
  });

  it('a marking the playbook does not define clears nobody: control material only', () => {
    expect(contentEnvelope(playbook, ROLES, ['REL-EU-NATO', 'Marking: a typo'])).toEqual({
      marking: 'REL-EU-NATO',
      audience: CONTROL_ONLY,
    });
    expect(contentEnvelope(playbook, ROLES, ['COSMIC'])).toEqual({ marking: null, audience: CONTROL_ONLY });
  });

  it('every role sees the envelope of every pair and triple of markings exactly when cleared for all of them', () => {
    const audiences: AudienceEntry[][] = [EVERYONE, toRole('p3'), toRole('watcher')];
    for (const carried of [...combinations(1), ...combinations(2), ...combinations(3)]) {
      for (const usual of audiences) {
        const envelope = contentEnvelope(playbook, ROLES, carried, usual);
        for (const viewer of ROLES.values()) {
          const addressed =
            viewer.audience === 'control' ||
            viewer.audience === 'evaluation' ||
            usual.includes('players') ||
            usual.includes(`role:${viewer.id}`);
          expect(
            canRoleSee(playbook, viewer, envelope),
            `${viewer.id} ${carried.join('+')} ${usual[0]}`,
          ).toBe(addressed && clearedForAll(viewer, carried));
        }
      }
    }
  });
});

describe('decisionMarkings', () => {
  const declared = [
    { name: 'title', type: 'text' as const },
    { name: 'marking', type: 'marking' as const },
    { name: 'original', type: 'marking' as const },
  ];

  it("the mechanism's marking and every marking field filled in", () => {
    expect(
      decisionMarkings('REL-EU-NATO', declared, { title: 'x', marking: 'NATO-ONLY', original: 'EU-ONLY' }),
    ).toEqual(['REL-EU-NATO', 'NATO-ONLY', 'EU-ONLY']);
  });

  it('an empty or absent marking field names nothing; a text field never counts as a marking', () => {
    expect(decisionMarkings('EU-ONLY', declared, { title: 'NATO-ONLY', marking: '' })).toEqual(['EU-ONLY']);
    expect(decisionMarkings('EU-ONLY', undefined, { marking: 'NATO-ONLY' })).toEqual(['EU-ONLY']);
  });

  it('a value of the wrong type is kept as written, so the envelope treats it as an unknown marking', () => {
    expect(decisionMarkings('EU-ONLY', declared, { marking: true })).toEqual(['EU-ONLY', 'true']);
  });
});

describe('isAtLeastAsStrict', () => {
  it('holds exactly when every tag set that clears the first clears the second, by hand for every pair', () => {
    // Clearances made of any tags: the first marking is at least as strict when no clearance sees it alone.
    const clearances = Array.from({ length: 8 }, (_, bits) => TAGS.filter((_, index) => bits & (1 << index)));
    const sees = (clearance: string[], id: string) => {
      const tags = RELEASABLE_TO[id] as string[];
      return tags.length === 0 || tags.some((tag) => clearance.includes(tag));
    };
    for (const a of MARKINGS)
      for (const b of MARKINGS)
        expect(isAtLeastAsStrict(playbook, a, b), `${a} vs ${b}`).toBe(
          clearances.every((clearance) => !sees(clearance, a) || sees(clearance, b)),
        );
  });

  it('is false for a marking the playbook does not define, either way round', () => {
    expect(isAtLeastAsStrict(playbook, 'COSMIC', 'PUBLIC')).toBe(false);
    expect(isAtLeastAsStrict(playbook, 'NATO-ONLY', 'COSMIC')).toBe(false);
  });
});
