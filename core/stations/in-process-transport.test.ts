import { describe, expect, it } from 'vitest';
import { inProcessTransport } from './in-process-transport';

/** Lets every queued delivery run: they are microtasks, and a macrotask comes after them all. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

function listening(channel: { listen(listener: (message: unknown) => void): () => void }) {
  const heard: unknown[] = [];
  const stop = channel.listen((message) => heard.push(message));
  return { heard, stop };
}

describe('channels inside one process', () => {
  it('carry a message to every other endpoint of the same name, never back to its sender nor to another name', async () => {
    const open = inProcessTransport();
    const host = open('pbsim/ex-1/role/ms-a');
    const laptop = listening(open('pbsim/ex-1/role/ms-a'));
    const tablet = listening(open('pbsim/ex-1/role/ms-a'));
    const otherRole = listening(open('pbsim/ex-1/role/ms-c'));
    const self = listening(host);
    host.post({ kind: 'clock' });
    await delivered();
    expect(laptop.heard).toEqual([{ kind: 'clock' }]);
    expect(tablet.heard).toEqual([{ kind: 'clock' }]);
    expect(otherRole.heard).toEqual([]);
    expect(self.heard).toEqual([]);
  });

  it('deliver later, never during the post, and in the order posted, whoever posted', async () => {
    const open = inProcessTransport();
    const a = open('room');
    const b = open('room');
    const listener = listening(open('room'));
    a.post(1);
    b.post(2);
    a.post(3);
    expect(listener.heard).toEqual([]);
    await delivered();
    expect(listener.heard).toEqual([1, 2, 3]);
  });

  it('hand over a copy, as BroadcastChannel does, and refuse what cannot be copied', async () => {
    const open = inProcessTransport();
    const sender = open('room');
    const receiver = listening(open('room'));
    const message = { events: [{ seq: 1 }] };
    sender.post(message);
    message.events.push({ seq: 2 });
    await delivered();
    expect(receiver.heard).toEqual([{ events: [{ seq: 1 }] }]);
    expect(receiver.heard[0]).not.toBe(message);
    expect(() => sender.post({ reply: () => undefined })).toThrow();
  });

  it('stop reaching a listener that stopped, and an endpoint that closed', async () => {
    const open = inProcessTransport();
    const sender = open('room');
    const stopped = listening(open('room'));
    const closing = open('room');
    const closed = listening(closing);
    const staying = listening(open('room'));
    stopped.stop();
    closing.close();
    sender.post('after');
    await delivered();
    expect(stopped.heard).toEqual([]);
    expect(closed.heard).toEqual([]);
    expect(staying.heard).toEqual(['after']);
  });

  it('keep each transport to itself', async () => {
    const first = inProcessTransport();
    const second = inProcessTransport();
    const listener = listening(second('room'));
    first('room').post('hello');
    await delivered();
    expect(listener.heard).toEqual([]);
  });
});
