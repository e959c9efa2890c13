// One client's socket at unit level: a fake socket that records what the host sends it, a fake door and host,
// the real channel bus with a listener standing in for the exercise's hub (what reaches the engine), and the
// real connections registry. Every wait is on a frame the session sends; a frame of bad JSON is the fence
// (frames are handled in order, so once its refusal is out, every frame before it has been handled).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CONSOLE_CHANNEL, stationChannelName, type HostFrame, type StationGrantKind } from '../core/index';
import { ChannelBus } from './channel-bus';
import type { ConsoleServices, LanControl } from './console-services';
import type { ExerciseHostApi } from './host-api';
import { FRAME_BURST } from './frame-budget';
import { REVOKED_CLOSE_CODE, SocketSession } from './socket-session';
import { StationConnections } from './station-connections';
import type { StationCheck, StationDoorApi } from './station-door-api';

const MS_A = stationChannelName('ex-1', 'ms-a');
const MS_B = stationChannelName('ex-1', 'ms-b');
const FENCE_REFUSAL: HostFrame = { ch: null, error: { ch: null, field: 'frame', reason: 'not JSON' } };

/** The socket as the session sees it: frames in as `message` events, frames out recorded. */
class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  paused = false;
  readonly sent: HostFrame[] = [];
  readonly closes: { code: number; reason: string }[] = [];
  private waiters: { fence: number; resolve: () => void }[] = [];
  private fences = 0;

  send(text: string): void {
    const frame = JSON.parse(text) as HostFrame;
    this.sent.push(frame);
    if ('error' in frame && frame.error.reason === 'not JSON') {
      this.fences += 1;
      for (const waiter of this.waiters.filter((waiting) => waiting.fence <= this.fences)) waiter.resolve();
      this.waiters = this.waiters.filter((waiting) => waiting.fence > this.fences);
    }
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  close(code: number, reason: string): void {
    this.closes.push({ code, reason });
    this.readyState = 3;
    this.emit('close', code, Buffer.from(reason));
  }

  frame(frame: unknown): void {
    this.emit('message', Buffer.from(JSON.stringify(frame)), false);
  }

  /** Sends a frame the session refuses as not JSON and resolves once that refusal is out. */
  fence(): Promise<void> {
    const fence = this.fences + this.waiters.length + 1;
    const done = new Promise<void>((resolve) => this.waiters.push({ fence, resolve }));
    this.emit('message', Buffer.from('{not json'), false);
    return done;
  }

  /** What was sent, without the fences' refusals. */
  frames(): HostFrame[] {
    return this.sent.filter((frame) => JSON.stringify(frame) !== JSON.stringify(FENCE_REFUSAL));
  }
}

interface Grant {
  stationId: string;
  roles: string[];
  kind: StationGrantKind;
}

function setup(
  options: { grants?: Record<string, Grant>; mayBeConsole?: boolean; verify?: () => Promise<void> } = {},
) {
  const grants = options.grants ?? {};
  const verified: [string, string][] = [];
  const opened: string[] = [];
  const door: StationDoorApi = {
    join: () => Promise.reject(new Error('not asked in these tests')),
    issueForConsole: () => Promise.reject(new Error('not asked in these tests')),
    verify: async (exerciseId, token): Promise<StationCheck> => {
      verified.push([exerciseId, token]);
      await options.verify?.();
      const grant = grants[token];
      return grant ? { ok: true, station: { exerciseId, ...grant } } : { ok: false, reason: 'token forged' };
    },
    view: () => Promise.reject(new Error('not asked in these tests')),
    issueCode: () => Promise.reject(new Error('not asked in these tests')),
    revokeCode: () => Promise.reject(new Error('not asked in these tests')),
    revokeStation: () => Promise.reject(new Error('not asked in these tests')),
    onRevoked: () => () => undefined,
    onChange: () => () => undefined,
  };
  const host = {
    open: async (exerciseId: string) => {
      opened.push(exerciseId);
      return {
        exerciseId,
        roles: new Map([
          ['ms-a', {}],
          ['ms-b', {}],
        ]),
      };
    },
  } as unknown as ExerciseHostApi;
  const lan: LanControl = {
    status: () => ({ on: false, urls: [], problem: null }),
    set: () => Promise.reject(new Error('not asked in these tests')),
    onChange: () => () => undefined,
  };
  const connections = new StationConnections();
  const services: ConsoleServices = { host, door, connections, lan };
  const bus = new ChannelBus();
  // The exercise's hub: what a socket's post delivers reaches these listeners, and only these.
  const engine: { ch: string; message: unknown }[] = [];
  const hubs = new Map(
    [MS_A, MS_B].map((ch) => {
      const channel = bus.open(ch);
      channel.listen((message) => engine.push({ ch, message }));
      return [ch, channel] as const;
    }),
  );
  const logs: string[] = [];
  const socket = new FakeSocket();
  const session = new SocketSession(socket as unknown as WebSocket, 'socket 1 (10.0.0.5)', {
    services,
    bus,
    consoleToken: 'console-token',
    mayBeConsole: options.mayBeConsole ?? false,
    address: '10.0.0.5',
    now: () => 1_000,
    log: (line) => logs.push(line),
  });
  return { socket, session, engine, hubs, connections, verified, opened, logs };
}

const PLAYER: Grant = { stationId: 'st-1', roles: ['ms-a'], kind: 'player' };

function command(type: string, commandId = 'c-1', station = 'st-1') {
  return { kind: 'command', station, commandId, type, payload: {} };
}

/** The host's refusal of a station's command, as the engine would answer it. */
function refusedReply(ch: string, station: string, commandId: string, reason: string): HostFrame {
  return {
    ch,
    body: {
      kind: 'reply',
      station,
      commandId,
      reply: { ok: false, commandId, code: 'not-allowed', reason },
    },
  };
}

describe('a socket joining a station channel', () => {
  it('joins with a token naming the channel’s role: told the host is there, and listed as that station', async () => {
    const { socket, connections, verified, opened } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_A, token: 'tok-a' });
    await socket.fence();
    expect(verified).toEqual([['ex-1', 'tok-a']]);
    expect(opened).toEqual(['ex-1']);
    expect(socket.frames()).toEqual([{ ch: MS_A, body: { kind: 'host-online' } }]);
    expect(connections.of('ex-1')).toEqual(
      new Map([['st-1', [{ address: '10.0.0.5', sinceWallMs: 1_000 }]]]),
    );
  });

  it('is refused without a token, asking the door nothing, and its posts reach nothing', async () => {
    const { socket, engine, verified, connections } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_A });
    socket.frame({ op: 'post', ch: MS_A, body: { kind: 'hello', station: 'st-1', since: 0 } });
    await socket.fence();
    expect(socket.frames()).toEqual([
      {
        ch: null,
        error: {
          ch: MS_A,
          field: 'token',
          reason: 'a station channel is joined with a station token: join the exercise with a code first',
        },
      },
      { ch: null, error: { ch: MS_A, field: 'ch', reason: `join ${MS_A} before posting on it` } },
    ]);
    expect(verified).toEqual([]);
    expect(engine).toEqual([]);
    expect(connections.of('ex-1').size).toBe(0);
  });

  it('is refused with a token the door does not recognise, in the door’s words', async () => {
    const { socket, engine, verified } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_A, token: 'tok-forged' });
    socket.frame({ op: 'post', ch: MS_A, body: { kind: 'hello', station: 'st-1', since: 0 } });
    await socket.fence();
    expect(verified).toEqual([['ex-1', 'tok-forged']]);
    expect(socket.frames()).toEqual([
      { ch: null, error: { ch: MS_A, field: 'token', reason: 'token forged' } },
      { ch: null, error: { ch: MS_A, field: 'ch', reason: `join ${MS_A} before posting on it` } },
    ]);
    expect(engine).toEqual([]);
  });

  it('is refused on a role its token does not name, and the channel stays closed to it', async () => {
    const { socket, engine, opened, connections } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_B, token: 'tok-a' });
    socket.frame({ op: 'post', ch: MS_B, body: { kind: 'hello', station: 'st-1', since: 0 } });
    await socket.fence();
    expect(socket.frames()).toEqual([
      {
        ch: null,
        error: { ch: MS_B, field: 'ch', reason: "this station's token is for ms-a, not ms-b" },
      },
      { ch: null, error: { ch: MS_B, field: 'ch', reason: `join ${MS_B} before posting on it` } },
    ]);
    expect(opened).toEqual([]);
    expect(engine).toEqual([]);
    expect(connections.of('ex-1').size).toBe(0);
  });

  it('handles its frames one at a time, in order: a post right after a slow join finds the channel joined', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { socket, engine } = setup({ grants: { 'tok-a': PLAYER }, verify: () => held });
    socket.frame({ op: 'join', ch: MS_A, token: 'tok-a' });
    socket.frame({ op: 'post', ch: MS_A, body: { kind: 'hello', station: 'st-1', since: 0 } });
    socket.frame({ op: 'post', ch: MS_A, body: { kind: 'heartbeat', station: 'st-1', since: 4 } });
    const fenced = socket.fence();
    release();
    await fenced;
    expect(socket.frames()).toEqual([{ ch: MS_A, body: { kind: 'host-online' } }]);
    expect(engine).toEqual([
      { ch: MS_A, message: { kind: 'hello', station: 'st-1', since: 0 } },
      { ch: MS_A, message: { kind: 'heartbeat', station: 'st-1', since: 4 } },
    ]);
  });

  it('refuses the console’s channel to a socket that is not the host laptop', async () => {
    const { socket } = setup({ mayBeConsole: false });
    socket.frame({ op: 'join', ch: CONSOLE_CHANNEL });
    socket.frame({ op: 'post', ch: CONSOLE_CHANNEL, body: { kind: 'list', requestId: 'r1' } });
    await socket.fence();
    expect(socket.frames()).toEqual([
      {
        ch: null,
        error: {
          ch: CONSOLE_CHANNEL,
          field: 'ch',
          reason: 'the console is served only to the host laptop (loopback): stations join with a code',
        },
      },
      {
        ch: null,
        error: { ch: CONSOLE_CHANNEL, field: 'ch', reason: `join ${CONSOLE_CHANNEL} before posting on it` },
      },
    ]);
  });
});

describe('a joined station’s commands', () => {
  async function joined(grant: Grant) {
    const kit = setup({ grants: { tok: grant } });
    kit.socket.frame({ op: 'join', ch: MS_A, token: 'tok' });
    await kit.socket.fence();
    expect(kit.socket.frames()).toEqual([{ ch: MS_A, body: { kind: 'host-online' } }]);
    kit.socket.sent.length = 0;
    return kit;
  }

  it('from an observer’s station: every command refused with a reply, its hello still heard', async () => {
    const { socket, engine } = await joined({ stationId: 'st-1', roles: ['ms-a'], kind: 'observer' });
    socket.frame({ op: 'post', ch: MS_A, body: command('message/read', 'c-7') });
    socket.frame({ op: 'post', ch: MS_A, body: { kind: 'hello', station: 'st-1', since: 0 } });
    await socket.fence();
    expect(socket.frames()).toEqual([
      refusedReply(MS_A, 'st-1', 'c-7', 'an observer’s station sends nothing'),
    ]);
    expect(engine).toEqual([{ ch: MS_A, message: { kind: 'hello', station: 'st-1', since: 0 } }]);
  });

  it('from an evaluator’s station: a player’s command refused, an observation let through', async () => {
    const { socket, engine } = await joined({ stationId: 'st-1', roles: ['ms-a'], kind: 'evaluator' });
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-1') });
    socket.frame({ op: 'post', ch: MS_A, body: command('observation/record', 'c-2') });
    await socket.fence();
    expect(socket.frames()).toEqual([
      refusedReply(
        MS_A,
        'st-1',
        'c-1',
        'message/send is not an evaluator’s command: an evaluator’s station records observations, ratings and marks',
      ),
    ]);
    expect(engine).toEqual([{ ch: MS_A, message: command('observation/record', 'c-2') }]);
  });

  it('from a player’s station: control’s and EXCON’s commands refused, a player’s let through', async () => {
    const { socket, engine } = await joined(PLAYER);
    socket.frame({ op: 'post', ch: MS_A, body: command('inject/release-now', 'c-1') });
    socket.frame({ op: 'post', ch: MS_A, body: command('exercise/start', 'c-2') });
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-3') });
    await socket.fence();
    expect(socket.frames()).toEqual([
      refusedReply(
        MS_A,
        'st-1',
        'c-1',
        'inject/release-now is exercise control’s: a participant’s station may not send it',
      ),
      refusedReply(
        MS_A,
        'st-1',
        'c-2',
        'exercise/start is exercise control’s: a participant’s station may not send it',
      ),
    ]);
    expect(engine).toEqual([{ ch: MS_A, message: command('message/send', 'c-3') }]);
  });

  it('in another station’s name: refused, naming the field', async () => {
    const { socket, engine } = await joined(PLAYER);
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-1', 'st-2') });
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-2') });
    await socket.fence();
    expect(socket.frames()).toEqual([
      {
        ch: null,
        error: { ch: MS_A, field: 'body.station', reason: 'this socket is station st-1, not st-2' },
      },
    ]);
    expect(engine).toEqual([{ ch: MS_A, message: command('message/send', 'c-2') }]);
  });

  it('while the exercise is not being hosted: refused, asking the station to try again', async () => {
    const { socket, engine, hubs } = await joined(PLAYER);
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-1') });
    await socket.fence();
    expect(engine).toHaveLength(1);
    hubs.get(MS_A)?.close();
    socket.frame({ op: 'post', ch: MS_A, body: command('message/send', 'c-2') });
    await socket.fence();
    expect(socket.frames()).toEqual([
      {
        ch: null,
        error: {
          ch: MS_A,
          field: 'ch',
          reason: `exercise of ${MS_A} is not being hosted now: try again shortly`,
        },
      },
    ]);
    expect(engine).toHaveLength(1);
  });
});

describe('what the hub says on a joined channel', () => {
  it('reaches this socket when addressed to its station or to everyone, never when addressed to another station', async () => {
    const { socket, hubs } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_A, token: 'tok-a' });
    await socket.fence();
    socket.sent.length = 0;
    const hub = hubs.get(MS_A);
    const other = { kind: 'refused', station: 'st-2', reason: 'for st-2 only' };
    const own = { kind: 'refused', station: 'st-1', reason: 'for st-1' };
    const everyone = { kind: 'host-offline' };
    hub?.post(other);
    hub?.post(own);
    hub?.post(everyone);
    expect(socket.frames()).toEqual([
      { ch: MS_A, body: own },
      { ch: MS_A, body: everyone },
    ]);
  });
});

describe('a station’s socket', () => {
  it('is closed with the revoked code when its station is cut off, and leaves the registry when it closes', async () => {
    const { socket, connections, hubs } = setup({ grants: { 'tok-a': PLAYER } });
    socket.frame({ op: 'join', ch: MS_A, token: 'tok-a' });
    await socket.fence();
    expect([...connections.of('ex-1').keys()]).toEqual(['st-1']);
    socket.sent.length = 0;
    hubs.get(MS_A)?.post({ kind: 'host-offline' });
    expect(socket.sent).toEqual([{ ch: MS_A, body: { kind: 'host-offline' } }]);
    expect(connections.cut('ex-1', ['st-1'], 'revoked by exercise control')).toBe(1);
    expect(REVOKED_CLOSE_CODE).toBe(4001);
    expect(socket.closes).toEqual([{ code: 4001, reason: 'revoked by exercise control' }]);
    expect(connections.of('ex-1').size).toBe(0);
    // Closed: it has left the channel, so the hub's messages no longer reach it (even were the socket open).
    socket.sent.length = 0;
    socket.readyState = 1;
    hubs.get(MS_A)?.post({ kind: 'host-offline' });
    expect(socket.sent).toEqual([]);
  });

  it('refuses a binary frame, naming the frame', async () => {
    const { socket } = setup();
    socket.emit('message', Buffer.from('{}'), true);
    await socket.fence();
    expect(socket.frames()).toEqual([
      { ch: null, error: { ch: null, field: 'frame', reason: 'binary frames are not read: send JSON text' } },
    ]);
  });

  it('paces a room-network socket over its frame budget (reading paused), and reads the host laptop’s all at once', async () => {
    const lan = setup();
    const laptop = setup({ mayBeConsole: true });
    // Fences are frames too: more of them than the budget's burst (frame-budget.ts) at once.
    const fences = (socket: FakeSocket) =>
      Array.from({ length: FRAME_BURST + 10 }, () => void socket.fence());
    fences(lan.socket);
    fences(laptop.socket);
    await laptop.socket.fence();
    // The host laptop's frames were all read; the room network's stop at the burst, the socket paused.
    expect(laptop.socket.sent.length).toBe(FRAME_BURST + 11);
    expect(laptop.socket.paused).toBe(false);
    expect(lan.socket.paused).toBe(true);
    const refusals = lan.socket.sent.filter(
      (frame) => JSON.stringify(frame) === JSON.stringify(FENCE_REFUSAL),
    );
    expect(refusals).toHaveLength(FRAME_BURST);
    expect(lan.socket.frames()).toEqual([
      {
        ch: null,
        error: {
          ch: null,
          field: 'frame',
          reason: 'too many frames: this connection is read at 20 a second, the rest wait; slow down',
        },
      },
    ]);
    lan.socket.close(1000, 'done');
  });
});
