// The questions a loaded playbook answers, on the mini fixture's documents (test/fixtures/mini-playbook):
// Member States A and C are in group member-state, A is also a nato-ally; NATO-ONLY needs the nato clearance.
import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { createPlaybook, ownerMatches } from './playbook-model';

const loaded = loadMiniPlaybook();
const playbook = createPlaybook({ ...loaded.documents, sources: loaded.sources });

describe('ownerMatches', () => {
  it.each([
    ['presidency', { id: 'presidency', groups: ['council'] }, true],
    ['presidency', { id: 'ms-a', groups: ['presidency'] }, false],
    ['group:member-state', { id: 'ms-a', groups: ['member-state', 'nato-ally'] }, true],
    ['group:member-state', { id: 'member-state', groups: [] }, false],
  ])('owner %s and role %j: %s', (owner, role, expected) => {
    expect(ownerMatches(owner, role)).toBe(expected);
  });
});

describe('createPlaybook', () => {
  it('finds roles and markings by id', () => {
    expect(playbook.role('nac')?.title).toBe('North Atlantic Council');
    expect(playbook.role('nobody')).toBeUndefined();
    expect(playbook.marking('EU-ONLY')?.releasableTo).toEqual(['eu']);
    expect(playbook.marking('SECRET')).toBeUndefined();
  });

  it('expands owner groups into role ids', () => {
    expect(playbook.ownersOf('crisis', 'CONSULT')).toEqual(['ms-a', 'ms-c']);
    expect(playbook.ownersOf('crisis', 'ADOPT')).toEqual(['presidency']);
    expect(playbook.ownersOf('crisis', 'FORCED_FULL')).toEqual([]);
    expect(playbook.ownersOf('nothing', 'ADOPT')).toEqual([]);
  });

  it('says who may see a marking: public to all, others by clearance, an unknown one to nobody', () => {
    const nac = playbook.role('nac')!;
    const msC = playbook.role('ms-c')!;
    expect([
      playbook.canSee(nac, 'PUBLIC'),
      playbook.canSee(nac, 'NATO-ONLY'),
      playbook.canSee(nac, 'EU-ONLY'),
    ]).toEqual([true, true, false]);
    expect(playbook.canSee(msC, 'REL-EU-NATO')).toBe(true);
    expect(playbook.canSee(msC, 'NATO-ONLY')).toBe(false);
    expect(playbook.canSee({ clearance: ['eu', 'nato'] }, 'SECRET')).toBe(false);
  });

  it('keeps one machine per mechanism and in-world date, and refuses an unknown mechanism', () => {
    const machine = playbook.machine('crisis', '2019-06-03');
    expect(playbook.machine('crisis', '2019-06-03')).toBe(machine);
    expect(playbook.machine('crisis', '2018-06-03')).not.toBe(machine);
    expect(() => playbook.machine('nothing', '2019-06-03')).toThrow('no mechanism "nothing" in the playbook');
  });

  it('keeps the documents it was made of', () => {
    expect(playbook.documents.mechanisms.map((mechanism) => mechanism.id)).toEqual(['crisis', 'solidarity']);
    expect(playbook.sources).toBe(loaded.sources);
    expect([...playbook.mechanisms.keys()]).toEqual(['crisis', 'solidarity']);
  });
});
