import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('disk full'), 'disk full'],
    ['a subclass of Error', new RangeError('out of range'), 'out of range'],
    ['a thrown string', 'quota exceeded', 'quota exceeded'],
    ['a number', 42, '42'],
    ['undefined', undefined, 'undefined'],
  ])('reads %s', (_, error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});
