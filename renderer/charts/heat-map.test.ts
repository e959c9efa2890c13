import { describe, expect, it } from 'vitest';
import { deliveredOf, heatLevel, heatMap } from './heat-map';
import { SAMPLE_METRICS } from './sample-metrics';

describe('heatMap', () => {
  it('lays the pairs out as senders × receivers, the NATO side last, with the busiest pair’s count', () => {
    const grid = heatMap(SAMPLE_METRICS.exchange.edges);
    expect(grid.senders).toEqual(['council', 'eeas', 'evening-courier', 'nato']);
    expect(grid.receivers).toEqual(['nato', 'state-a', 'state-c', 'side:nato']);
    // eeas → NATO side: 3 link products.
    expect(grid.maxDelivered).toBe(3);
    expect(grid.edge('nato', 'state-a')).toMatchObject({ messages: 1, injects: 1 });
    expect(grid.edge('council', 'state-a')).toBeUndefined();
  });

  it('has no rows or columns without edges', () => {
    expect(heatMap([])).toMatchObject({ senders: [], receivers: [], maxDelivered: 0 });
  });
});

describe('deliveredOf', () => {
  it('adds messages, scripted injects and link products, not what was blocked', () => {
    const [edge] = SAMPLE_METRICS.exchange.edges;
    // council → nato: 2 messages, 1 blocked.
    expect(edge && deliveredOf(edge)).toBe(2);
  });
});

describe('heatLevel', () => {
  it('puts nothing at 0, the least traffic at 1 or more and the busiest at the top of the ramp', () => {
    expect([0, 1, 2, 3].map((delivered) => heatLevel(delivered, 3, 5))).toEqual([0, 2, 3, 4]);
    expect(heatLevel(1, 100, 5)).toBe(1);
    expect(heatLevel(100, 100, 5)).toBe(4);
    expect(heatLevel(0, 0, 5)).toBe(0);
  });
});
