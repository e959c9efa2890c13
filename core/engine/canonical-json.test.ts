import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it.each([
    [
      'keys sorted at every depth',
      { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } },
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    ],
    ['array order kept', [3, 1, 2], '[3,1,2]'],
    ['undefined members left out', { b: undefined, a: 1 }, '{"a":1}'],
    ['strings escaped as JSON does', { text: 'a "quote"\n' }, '{"text":"a \\"quote\\"\\n"}'],
    ['keys sorted by code unit, capitals first', { b: 0, B: 0, a: 0, _: 0 }, '{"B":0,"_":0,"a":0,"b":0}'],
    ['plain values', 'T+0', '"T+0"'],
    ['negative zero written as 0', { gapMs: -0 }, '{"gapMs":0}'],
  ])('writes %s', (_, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('gives one text for the same content built in two orders', () => {
    const first = { seq: 1, payload: { to: ['ms-a'], from: 'press' }, type: 'inject.delivered' };
    const second = { type: 'inject.delivered', payload: { from: 'press', to: ['ms-a'] }, seq: 1 };
    expect(canonicalJson(second)).toBe(canonicalJson(first));
  });

  it('lays the same content out for reading when asked to indent', () => {
    expect(canonicalJson({ b: [1], a: 2 }, 2)).toBe('{\n  "a": 2,\n  "b": [\n    1\n  ]\n}');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'refuses %s, which JSON cannot hold',
    (value) => {
      expect(() => canonicalJson({ scenarioMs: value })).toThrow(`canonical JSON cannot hold ${value}`);
    },
  );
});
