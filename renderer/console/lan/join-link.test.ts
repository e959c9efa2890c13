import { describe, expect, it } from 'vitest';
import { joinLink } from './join-link';

describe('a join link', () => {
  it('opens the join screen with the code at the first room-network address, else at this page’s origin', () => {
    expect(
      joinLink(['http://192.168.10.4:4173/', 'http://10.0.0.2:4173/'], 'http://127.0.0.1:4173', 'KM7HXR3CA'),
    ).toBe('http://192.168.10.4:4173/#/join/KM7HXR3CA');
    expect(joinLink([], 'http://127.0.0.1:4173', 'KM7HXR3CA')).toBe('http://127.0.0.1:4173/#/join/KM7HXR3CA');
    expect(joinLink(['http://192.168.10.4:4173'], 'http://127.0.0.1:4173', 'ACDEFHJKM')).toBe(
      'http://192.168.10.4:4173/#/join/ACDEFHJKM',
    );
  });
});
