import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL, HOST_SOCKET_PATH } from '../../core/index';
import { HostSocket, hostSocket, RECONNECT_MAX_MS, setHostSocket, type SocketLike } from './host-socket';
import { hostSocketUrl } from './host-address';

/** A WebSocket the test plays the host of: it opens, answers and drops when told to. */
class ScriptedSocket implements SocketLike {
  static made: ScriptedSocket[] = [];
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((event: never) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: never) => void) | null = null;
  onerror: ((event: never) => void) | null = null;

  constructor(readonly url: string) {
    ScriptedSocket.made.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = 3;
  }
  /** The host accepted the connection. */
  accept(): void {
    this.readyState = 1;
    this.onopen?.(undefined as never);
  }
  /** The connection failed or dropped. */
  drop(): void {
    this.readyState = 3;
    this.onclose?.(undefined as never);
  }
  say(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }
}

/** Timers the test runs by hand, with the waits asked for. */
function handTimers() {
  const waits: number[] = [];
  let due: (() => void)[] = [];
  return {
    waits,
    schedule: (run: () => void, ms: number) => {
      waits.push(ms);
      due.push(run);
      return () => (due = due.filter((entry) => entry !== run));
    },
    runDue: () => {
      const now = due;
      due = [];
      now.forEach((run) => run());
    },
  };
}

const URL = 'ws://127.0.0.1:4000/host/socket';
const latest = () => ScriptedSocket.made.at(-1) as ScriptedSocket;

function connected() {
  const timers = handTimers();
  const socket = new HostSocket({ url: URL, WebSocket: ScriptedSocket, schedule: timers.schedule });
  latest().accept();
  return { socket, timers };
}

afterEach(() => {
  ScriptedSocket.made = [];
  setHostSocket(null);
});

describe('HostSocket', () => {
  it('joins a channel once for all its holders, carries posts both ways, and leaves when the last closes', () => {
    const { socket } = connected();
    const wire = latest();
    expect(wire.url).toBe(URL);
    const first = socket.openChannel('pbsim/ex-1/role/ms-a');
    const second = socket.openChannel('pbsim/ex-1/role/ms-a');
    const other = socket.openChannel('pbsim/ex-1/role/nac');
    const heard: unknown[] = [];
    first.listen((message) => heard.push(['first', message]));
    second.listen((message) => heard.push(['second', message]));
    other.listen((message) => heard.push(['other', message]));
    first.post({ kind: 'hello', station: 's1', since: 0 });
    wire.say({ ch: 'pbsim/ex-1/role/ms-a', body: { kind: 'clock' } });
    wire.say('not json');
    wire.say({ ch: 'pbsim/ex-1/role/unknown', body: { kind: 'clock' } });
    expect(heard).toEqual([
      ['first', { kind: 'clock' }],
      ['second', { kind: 'clock' }],
    ]);
    first.close();
    second.close();
    expect(wire.sent).toEqual([
      { op: 'join', ch: 'pbsim/ex-1/role/ms-a' },
      { op: 'join', ch: 'pbsim/ex-1/role/nac' },
      { op: 'post', ch: 'pbsim/ex-1/role/ms-a', body: { kind: 'hello', station: 's1', since: 0 } },
      { op: 'leave', ch: 'pbsim/ex-1/role/ms-a' },
    ]);
  });

  it('drops posts while away, tells stations the host is offline, and rejoins every channel on reconnect', () => {
    const { socket, timers } = connected();
    const statuses: string[] = [];
    socket.onStatus((status) => statuses.push(status));
    const station = socket.openChannel('pbsim/ex-1/role/ms-a');
    const console = socket.openChannel(CONSOLE_CHANNEL);
    const atStation: unknown[] = [];
    const atConsole: unknown[] = [];
    station.listen((message) => atStation.push(message));
    console.listen((message) => atConsole.push(message));
    latest().drop();
    expect(socket.connected).toBe(false);
    expect(atStation).toEqual([{ kind: 'host-offline' }]);
    expect(atConsole).toEqual([]);
    station.post({ kind: 'heartbeat', station: 's1' });

    timers.runDue();
    const again = latest();
    expect(ScriptedSocket.made).toHaveLength(2);
    again.accept();
    expect(socket.connected).toBe(true);
    expect(statuses).toEqual(['disconnected', 'connected']);
    expect(again.sent).toEqual([
      { op: 'join', ch: 'pbsim/ex-1/role/ms-a' },
      { op: 'join', ch: CONSOLE_CHANNEL },
    ]);
  });

  it('waits half a second before reconnecting, twice as long each failure up to 5 s, and afresh after a success', () => {
    const { timers } = connected();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      latest().drop();
      timers.runDue();
    }
    expect(timers.waits).toEqual([500, 1000, 2000, 4000, RECONNECT_MAX_MS, RECONNECT_MAX_MS]);
    latest().accept();
    latest().drop();
    expect(timers.waits.at(-1)).toBe(500);
  });

  it('passes the host’s refusal of a frame to its listeners and, in its protocol’s words, to the channel', () => {
    const { socket } = connected();
    const errors: unknown[] = [];
    socket.onFrameError((error) => errors.push(error));
    const station = socket.openChannel('pbsim/ex-1/role/ms-a');
    const console = socket.openChannel(CONSOLE_CHANNEL);
    const heard: unknown[] = [];
    station.listen((message) => heard.push(message));
    console.listen((message) => heard.push(message));
    const tooLarge = { ch: 'pbsim/ex-1/role/ms-a', field: 'body', reason: 'larger than 262144 bytes' };
    latest().say({ ch: null, error: tooLarge });
    latest().say({ ch: null, error: { ch: CONSOLE_CHANNEL, field: 'body.kind', reason: 'Invalid input' } });
    latest().say({ ch: null, error: { ch: null, field: 'frame', reason: 'not JSON' } });
    expect(errors).toHaveLength(3);
    expect(errors[0]).toEqual(tooLarge);
    expect(heard).toEqual([
      {
        kind: 'refused',
        station: null,
        reason: 'the exercise host refused a message: body: larger than 262144 bytes',
      },
      {
        kind: 'refused',
        requestId: null,
        reason: 'the exercise host refused a message: body.kind: Invalid input',
      },
    ]);
  });

  it('says a first connection that fails is disconnected, once, and connected when one succeeds', () => {
    const timers = handTimers();
    const socket = new HostSocket({ url: URL, WebSocket: ScriptedSocket, schedule: timers.schedule });
    const statuses: string[] = [];
    socket.onStatus((status) => statuses.push(status));
    latest().drop();
    timers.runDue();
    latest().drop();
    timers.runDue();
    latest().accept();
    expect(statuses).toEqual(['disconnected', 'connected']);
  });

  it('stops for good when closed', () => {
    const { socket, timers } = connected();
    socket.close();
    timers.runDue();
    expect(ScriptedSocket.made).toHaveLength(1);
    expect(socket.connected).toBe(false);
  });

  it('is one per page, at the origin that served it, until a test puts its own in place', () => {
    expect(hostSocketUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe(
      `ws://127.0.0.1:8080${HOST_SOCKET_PATH}`,
    );
    expect(hostSocketUrl({ protocol: 'https:', host: 'example.test' })).toBe(
      `wss://example.test${HOST_SOCKET_PATH}`,
    );
    const own = new HostSocket({ url: URL, WebSocket: ScriptedSocket, schedule: handTimers().schedule });
    setHostSocket(own);
    expect(hostSocket()).toBe(own);
    expect(hostSocket()).toBe(own);
  });
});
