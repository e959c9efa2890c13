// Which automated role takes a prerequisite step: the expected roles are written out by hand.
import { describe, expect, it } from 'vitest';
import type { GuardEntry, MechanismContext } from '../playbook/index';
import { prerequisiteRole } from './prerequisite-role';

const GROUPS: Record<string, string[]> = {
  'ms-a': ['member-state'],
  'ms-affected': ['member-state'],
  'ms-b': ['member-state'],
  'dg-echo-ercc': ['commission'],
};
const groupsOf = (role: string) => GROUPS[role] ?? [];
const owners = ['ms-b', 'ms-affected', 'ms-a'];
const notTheRequester: GuardEntry[] = [{ type: 'actorIsNot', params: { record: 'requester' } }];

function requestedBy(role: string): MechanismContext {
  return { flags: {}, counters: {}, instance: 'case-1', actors: { requester: role } };
}

describe('the role that takes a prerequisite step', () => {
  it('is the role that wants the later step when the step lets it act', () => {
    expect(prerequisiteRole(owners, 'ms-affected', [], requestedBy('ms-affected'), groupsOf)).toBe(
      'ms-affected',
    );
  });

  it('is another owner when the step refuses the wanting role: nobody offers to their own request', () => {
    expect(
      prerequisiteRole(owners, 'ms-affected', notTheRequester, requestedBy('ms-affected'), groupsOf),
    ).toBe('ms-a');
    expect(
      prerequisiteRole(['ms-affected', 'ms-a'], 'ms-a', notTheRequester, requestedBy('ms-a'), groupsOf),
    ).toBe('ms-affected');
  });

  it('ignores guards that do not ask who acts', () => {
    const guards: GuardEntry[] = [{ type: 'flagSet', params: { flag: 'poolInsufficient' } }];
    expect(prerequisiteRole(owners, 'ms-b', guards, requestedBy('ms-b'), groupsOf)).toBe('ms-b');
  });

  it('honours group guards', () => {
    const guards: GuardEntry[] = [{ type: 'actorInGroup', params: { group: 'commission' } }];
    expect(prerequisiteRole([...owners, 'dg-echo-ercc'], 'ms-b', guards, requestedBy('ms-b'), groupsOf)).toBe(
      'dg-echo-ercc',
    );
  });

  it('falls back to the wanting role, or the first owner, when no owner passes or the case has not started', () => {
    const onlyTheRequester: GuardEntry[] = [{ type: 'actorIs', params: { record: 'requester' } }];
    expect(prerequisiteRole(owners, 'ms-b', onlyTheRequester, requestedBy('ms-c'), groupsOf)).toBe('ms-b');
    expect(prerequisiteRole(owners, 'dg-echo-ercc', notTheRequester, null, groupsOf)).toBe('ms-a');
  });
});
