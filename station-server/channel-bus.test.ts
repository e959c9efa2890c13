import { describe, expect, it } from 'vitest';
import { ChannelBus, type ChannelMember } from './channel-bus';

function member(): ChannelMember & { got: [string, unknown][] } {
  const got: [string, unknown][] = [];
  return { got, send: (channel, body) => got.push([channel, body]) };
}

describe('ChannelBus', () => {
  it("sends the host's posts on a name to every socket joined to it, and only to those", () => {
    const bus = new ChannelBus();
    const [a, b, c] = [member(), member(), member()];
    bus.join(a, 'pbsim/ex/role/nac');
    bus.join(b, 'pbsim/ex/role/nac');
    bus.join(c, 'pbsim/ex/role/excon');
    bus.open('pbsim/ex/role/nac').post({ kind: 'clock' });
    expect(a.got).toEqual([['pbsim/ex/role/nac', { kind: 'clock' }]]);
    expect(b.got).toEqual(a.got);
    expect(c.got).toEqual([]);
  });

  it("gives the host's listeners what a joined socket posts, and refuses a socket that has not joined", () => {
    const bus = new ChannelBus();
    const heard: unknown[] = [];
    bus.open('n').listen((message) => heard.push(message));
    const [a, stranger] = [member(), member()];
    bus.join(a, 'n');
    expect(bus.deliver(a, 'n', { kind: 'hello' })).toBe(true);
    expect(bus.deliver(stranger, 'n', { kind: 'forged' })).toBe(false);
    expect(heard).toEqual([{ kind: 'hello' }]);
  });

  it('says when nothing on the host listens to a name yet, and tells who asked when the host opens it', () => {
    const bus = new ChannelBus();
    const opened: string[] = [];
    bus.onHostOpen((name) => opened.push(name));
    const a = member();
    bus.join(a, 'n');
    expect(bus.isOpenOnHost('n')).toBe(false);
    expect(bus.deliver(a, 'n', {})).toBe(false);
    const channel = bus.open('n');
    expect(opened).toEqual(['n']);
    expect(bus.isOpenOnHost('n')).toBe(true);
    expect(bus.membersOf('n')).toEqual([a]);
    channel.close();
    expect(bus.isOpenOnHost('n')).toBe(false);
  });

  it('a socket that leaves, or closes, gets nothing more', () => {
    const bus = new ChannelBus();
    const a = member();
    bus.join(a, 'x');
    bus.join(a, 'y');
    bus.leave(a, 'x');
    bus.open('x').post(1);
    bus.open('y').post(2);
    bus.leaveAll(a);
    bus.open('y').post(3);
    expect(a.got).toEqual([['y', 2]]);
    expect(bus.hasJoined(a, 'y')).toBe(false);
    expect(bus.membersOf('y')).toEqual([]);
  });

  it('a socket whose send throws, or a listener that throws, harms no one else', () => {
    const lines: string[] = [];
    const bus = new ChannelBus((line) => lines.push(line));
    const broken: ChannelMember = {
      send: () => {
        throw new Error('socket gone');
      },
    };
    const good = member();
    bus.join(broken, 'n');
    bus.join(good, 'n');
    const channel = bus.open('n');
    const heard: unknown[] = [];
    channel.listen(() => {
      throw new Error('listener bug');
    });
    channel.listen((message) => heard.push(message));
    channel.post('to all');
    expect(good.got).toEqual([['n', 'to all']]);
    expect(bus.deliver(good, 'n', 'up')).toBe(true);
    expect(heard).toEqual(['up']);
    expect(lines).toEqual([
      'channel n: sending to a socket failed: socket gone',
      'channel n: a host listener failed: listener bug',
    ]);
  });

  it('a listener that stopped listening hears nothing more', () => {
    const bus = new ChannelBus();
    const heard: unknown[] = [];
    const stop = bus.open('n').listen((message) => heard.push(message));
    const a = member();
    bus.join(a, 'n');
    bus.deliver(a, 'n', 1);
    stop();
    bus.deliver(a, 'n', 2);
    expect(heard).toEqual([1]);
  });
});
