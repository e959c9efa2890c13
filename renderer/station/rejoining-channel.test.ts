import { describe, expect, it } from 'vitest';
import { inProcessTransport } from '../../core/index';
import { rejoiningChannel } from './rejoining-channel';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a channel that rejoins', () => {
  it('keeps its listeners across a rejoin, is heard once afterwards, and hears nothing once closed', async () => {
    const open = inProcessTransport();
    const host = open('pbsim/ex-1/role/ms-a');
    const fromStation: unknown[] = [];
    host.listen((message) => fromStation.push(message));
    const station = rejoiningChannel(open, 'pbsim/ex-1/role/ms-a');
    const heard: unknown[] = [];
    station.listen((message) => heard.push(message));

    host.post('before');
    await settle();
    station.rejoin();
    station.rejoin();
    host.post('after');
    station.post('hello');
    await settle();
    // The endpoints left behind by each rejoin are closed: one copy of each message, both ways.
    expect(heard).toEqual(['before', 'after']);
    expect(fromStation).toEqual(['hello']);

    station.close();
    station.rejoin();
    host.post('gone');
    await settle();
    expect(heard).toEqual(['before', 'after']);
  });
});
