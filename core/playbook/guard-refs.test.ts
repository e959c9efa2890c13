import { describe, expect, it } from 'vitest';
import { guardRefs } from './guard-refs';

describe('guardRefs', () => {
  it('reads a name, an object and a list the same way, in order', () => {
    expect(guardRefs(undefined)).toEqual([]);
    expect(guardRefs('flagSet')).toEqual([{ type: 'flagSet' }]);
    expect(
      guardRefs({ type: 'actorIs', params: { record: 'invoker' }, refusal: 'only the invoker' }),
    ).toEqual([{ type: 'actorIs', params: { record: 'invoker' }, refusal: 'only the invoker' }]);
    expect(guardRefs(['noActors', { type: 'stateIn', params: { state: 'a.b' } }])).toEqual([
      { type: 'noActors' },
      { type: 'stateIn', params: { state: 'a.b' } },
    ]);
  });
});
