import { describe, expect, it } from 'vitest';
import { MinHeap } from './min-heap';

describe('MinHeap', () => {
  it('pops in the order a sort gives, duplicates included', () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so the test is deterministic.
    let seed = 7;
    const values = Array.from({ length: 500 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 97);
    const heap = new MinHeap<number>((a, b) => a - b);
    for (const value of values) heap.push(value);
    expect(heap.size).toBe(500);
    const popped: number[] = [];
    while (heap.size > 0) popped.push(heap.pop()!);
    expect(popped).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });

  it('peeks the least item without removing it, interleaved with pushes', () => {
    const heap = new MinHeap<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    heap.push('m');
    heap.push('c');
    expect(heap.peek()).toBe('c');
    heap.push('a');
    expect(heap.pop()).toBe('a');
    expect(heap.peek()).toBe('c');
    expect(heap.size).toBe(2);
  });
});
