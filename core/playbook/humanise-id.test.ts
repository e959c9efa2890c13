import { describe, expect, it } from 'vitest';
import { humaniseId } from './humanise-id';

describe('humaniseId', () => {
  it.each([
    ['staffToStaff', 'Staff to staff'],
    ['none', 'None'],
    ['civil-protection', 'Civil protection'],
    ['ISAA_PUBLISHED', 'ISAA published'],
    ['STAFF_CONTACT', 'Staff contact'],
    ['fullActivation', 'Full activation'],
    ['P3', 'P3'],
    ['', ''],
  ])('spells %j as %j', (id, words) => {
    expect(humaniseId(id)).toBe(words);
  });
});
