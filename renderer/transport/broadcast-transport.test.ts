import { afterEach, describe, expect, it } from 'vitest';
import type { TransportChannel } from '../../core/index';
import { openBroadcastChannel } from './broadcast-transport';

const opened: TransportChannel[] = [];
const open = (name: string) => {
  const channel = openBroadcastChannel(name);
  opened.push(channel);
  return channel;
};
afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

/** What a channel receives until `count` messages arrived. */
function receive(channel: TransportChannel, count: number): Promise<unknown[]> {
  const received: unknown[] = [];
  return new Promise((resolve) => {
    channel.listen((message) => {
      received.push(message);
      if (received.length === count) resolve(received);
    });
  });
}

describe('openBroadcastChannel', () => {
  it('delivers a message to the other contexts on the same name, as a copy, never to the sender', async () => {
    const station = open('pbsim/ex-1/role/ms-a');
    const host = open('pbsim/ex-1/role/ms-a');
    const other = open('pbsim/ex-1/role/nac');
    const atHost = receive(host, 2);
    const echoed: unknown[] = [];
    station.listen((message) => echoed.push(message));
    other.listen((message) => echoed.push(message));
    const command = { type: 'decision/take', payload: { machine: 'crisis' } };
    station.post(command);
    station.post({ type: 'message/read' });
    const [first, second] = await atHost;
    expect(first).toEqual(command);
    expect(first).not.toBe(command);
    expect(second).toEqual({ type: 'message/read' });
    expect(echoed).toEqual([]);
  });

  it('stops passing messages to a listener that stopped listening', async () => {
    const sender = open('pbsim/ex-2/role/ms-a');
    const receiver = open('pbsim/ex-2/role/ms-a');
    const stopped: unknown[] = [];
    const stop = receiver.listen((message) => stopped.push(message));
    stop();
    const still = receive(receiver, 1);
    sender.post('after');
    expect(await still).toEqual(['after']);
    expect(stopped).toEqual([]);
  });
});
