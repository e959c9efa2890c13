import { describe, expect, it } from 'vitest';
import { canSeeMarking } from './visibility';

describe('canSeeMarking', () => {
  const euInstitution = { clearance: ['eu', 'eu-institutions'] };
  const nonNatoMemberState = { clearance: ['eu'] };
  const ally = { clearance: ['eu', 'nato'] };
  const nato = { clearance: ['nato'] };
  const observer = { clearance: [] };

  it.each([
    ['public material', [], [euInstitution, nonNatoMemberState, ally, nato, observer], []],
    ['EU-only material', ['eu'], [euInstitution, nonNatoMemberState, ally], [nato, observer]],
    [
      'NATO material releasable to EU institutions',
      ['nato', 'eu-institutions'],
      [euInstitution, ally, nato],
      [nonNatoMemberState, observer],
    ],
    [
      'EU-institutions-only material',
      ['eu-institutions'],
      [euInstitution],
      [nonNatoMemberState, ally, nato, observer],
    ],
  ])('%s reaches exactly the cleared roles', (_name, releasableTo, allowed, denied) => {
    for (const viewer of allowed) expect(canSeeMarking(viewer, { releasableTo })).toBe(true);
    for (const viewer of denied) expect(canSeeMarking(viewer, { releasableTo })).toBe(false);
  });
});
