import { describe, expect, it } from 'vitest';
import { translatorFor } from '../state/index';
import { byOrganisation, organisationLabel } from './organisation-label';

describe('organisationLabel', () => {
  it('writes an organisation as its id, and the side a link product goes to in words', () => {
    const t = translatorFor('en');
    expect(organisationLabel('council', t)).toBe('council');
    expect(organisationLabel('side:nato', t)).toBe('NATO side');
    expect(organisationLabel('side:eu', t)).toBe('EU side');
    expect(organisationLabel('side:elsewhere', t)).toBe('side:elsewhere');
    expect(organisationLabel('side:nato', translatorFor('nl'))).toBe('NAVO-zijde');
  });

  it('writes an organisation by the name given, but never a side', () => {
    const t = translatorFor('en');
    const names: Record<string, string> = { council: 'Council of the EU' };
    const nameOf = (id: string) => names[id] ?? id;
    expect(organisationLabel('council', t, nameOf)).toBe('Council of the EU');
    expect(organisationLabel('nato', t, nameOf)).toBe('nato');
    expect(organisationLabel('side:nato', t, () => 'wrong')).toBe('NATO side');
  });
});

describe('byOrganisation', () => {
  it('orders by id, with the sides after the bodies', () => {
    expect(['side:nato', 'nato', 'council', 'side:eu', 'state-a'].sort(byOrganisation)).toEqual([
      'council',
      'nato',
      'state-a',
      'side:eu',
      'side:nato',
    ]);
  });
});
