import { describe, expect, it } from 'vitest';
import { StationNumbers } from './station-numbers';

describe('StationNumbers', () => {
  it('numbers stations in the order they are first seen, and keeps each number', () => {
    const numbers = new StationNumbers();
    numbers.see([{ station: 'station-9f' }, { station: 'station-2a' }]);
    expect(numbers.numberOf('station-9f')).toBe(1);
    expect(numbers.numberOf('station-2a')).toBe(2);
    // A station that arrives later comes after, whatever its id sorts as.
    numbers.see([{ station: 'station-00' }, { station: 'station-2a' }, { station: 'station-9f' }]);
    expect(numbers.numberOf('station-00')).toBe(3);
    expect(numbers.numberOf('station-2a')).toBe(2);
  });
});
