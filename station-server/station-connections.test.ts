import { describe, expect, it } from 'vitest';
import { StationConnections, type StationSocket } from './station-connections';

function socket(address: string, sinceWallMs: number) {
  const cuts: string[] = [];
  const held: StationSocket = { address, sinceWallMs, cut: (reason) => cuts.push(reason) };
  return { held, cuts };
}

describe('StationConnections', () => {
  it('lists each station’s sockets by exercise, oldest first, and tells of every change', () => {
    const connections = new StationConnections();
    const changes: string[] = [];
    connections.onChange((exerciseId) => changes.push(exerciseId));
    const [laptop, tab, other] = [socket('10.0.0.7', 200), socket('10.0.0.7', 100), socket('10.0.0.9', 50)];
    connections.add('ex-1', 'st-a', laptop.held);
    connections.add('ex-1', 'st-a', tab.held);
    connections.add('ex-1', 'st-a', tab.held);
    connections.add('ex-2', 'st-b', other.held);
    expect(connections.of('ex-1')).toEqual(
      new Map([
        [
          'st-a',
          [
            { address: '10.0.0.7', sinceWallMs: 100 },
            { address: '10.0.0.7', sinceWallMs: 200 },
          ],
        ],
      ]),
    );
    connections.remove('ex-1', 'st-a', laptop.held);
    connections.remove('ex-1', 'st-a', laptop.held);
    expect([...connections.of('ex-1').keys()]).toEqual(['st-a']);
    connections.remove('ex-1', 'st-a', tab.held);
    expect(connections.of('ex-1').size).toBe(0);
    // The repeated add and remove changed nothing, and said nothing.
    expect(changes).toEqual(['ex-1', 'ex-1', 'ex-2', 'ex-1', 'ex-1']);
  });

  it('cuts every socket of a revoked station, and no other', () => {
    const connections = new StationConnections();
    const [first, second, kept, elsewhere] = [
      socket('10.0.0.7', 1),
      socket('10.0.0.8', 2),
      socket('10.0.0.9', 3),
      socket('10.0.0.7', 4),
    ];
    connections.add('ex-1', 'st-a', first.held);
    connections.add('ex-1', 'st-a', second.held);
    connections.add('ex-1', 'st-b', kept.held);
    connections.add('ex-2', 'st-a', elsewhere.held);
    expect(connections.cut('ex-1', ['st-a'], 'revoked by exercise control')).toBe(2);
    expect(first.cuts).toEqual(['revoked by exercise control']);
    expect(second.cuts).toEqual(['revoked by exercise control']);
    expect(kept.cuts).toEqual([]);
    expect(elsewhere.cuts).toEqual([]);
    expect([...connections.of('ex-1').keys()]).toEqual(['st-b']);
    expect([...connections.of('ex-2').keys()]).toEqual(['st-a']);
  });
});
