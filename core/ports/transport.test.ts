import { describe, expect, it } from 'vitest';
import { stationChannelName } from './transport';

describe('stationChannelName', () => {
  it('names one channel per exercise and role', () => {
    expect(stationChannelName('ex-1', 'ms-affected')).toBe('pbsim/ex-1/role/ms-affected');
    expect(stationChannelName('ex-2', 'ms-affected')).not.toBe(stationChannelName('ex-1', 'ms-affected'));
  });
});
