// The supervisor with stand-in host processes and a hand-run clock: a crash is reported and the host started
// again after the waits the backoff promises; a host crashing in a loop is left stopped; stop and restart.
import { describe, expect, it } from 'vitest';
import type { ToHost } from './host-messages';
import {
  CRASH_WINDOW_MS,
  HostSupervisor,
  MOST_CRASHES,
  RESTART_FIRST_MS,
  RESTART_MAX_MS,
  type HostChild,
} from './host-supervisor';

class FakeChild implements HostChild {
  readonly received: ToHost[] = [];
  killed = false;
  private readonly listeners = {
    message: [] as ((m: unknown) => void)[],
    exit: [] as ((c: number) => void)[],
  };
  postMessage(message: ToHost): void {
    this.received.push(message);
  }
  on(event: 'message' | 'exit', listener: (value: never) => void): this {
    (this.listeners[event] as ((value: never) => void)[]).push(listener);
    return this;
  }
  kill(): boolean {
    this.killed = true;
    this.exit(137);
    return true;
  }
  say(message: unknown): void {
    for (const listener of this.listeners.message) listener(message);
  }
  exit(code: number): void {
    for (const listener of this.listeners.exit) listener(code);
  }
  ready(port: number): void {
    this.say({ kind: 'ready', origin: `http://127.0.0.1:${port}`, dataFolder: '/data', lan: LAN_OFF });
  }
}

const LAN_OFF = { on: false, urls: [], problem: null };

function world() {
  let clock = 0;
  const timers: { at: number; run: () => void }[] = [];
  const children: FakeChild[] = [];
  const readies: [string, string | null][] = [];
  const problems: string[] = [];
  const logs: string[] = [];
  const supervisor = new HostSupervisor({
    fork: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
    onReady: (origin, previous) => readies.push([origin, previous]),
    onProblem: (problem) => problems.push(problem),
    log: (line) => logs.push(line),
    schedule: (run, ms) => void timers.push({ at: clock + ms, run }),
    now: () => clock,
    stopWithinMs: 15_000,
  });
  /** Moves the clock on by `ms`, running what falls due. */
  const advance = (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((t) => t.at <= clock).sort((a, b) => a.at - b.at)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  const latest = () => children[children.length - 1] as FakeChild;
  return { supervisor, children, readies, problems, logs, advance, latest };
}

describe('HostSupervisor', () => {
  it('starts the host and resolves with its origin once it says it is ready', async () => {
    const w = world();
    const started = w.supervisor.start();
    expect(w.supervisor.status()).toEqual({ origin: null, restarts: 0, problem: null });
    w.latest().ready(4173);
    await expect(started).resolves.toBe('http://127.0.0.1:4173');
    expect(w.readies).toEqual([['http://127.0.0.1:4173', null]]);
    expect(w.supervisor.status().origin).toBe('http://127.0.0.1:4173');
  });

  it('reports a crash and starts the host again, waiting twice as long after each crash in a row', () => {
    const w = world();
    void w.supervisor.start();
    w.latest().ready(4173);
    // Worked out by hand: 500 ms, then 1 s, then 2 s, then 4 s.
    const waits = [500, 1_000, 2_000, 4_000];
    expect(waits[0]).toBe(RESTART_FIRST_MS);
    for (const [index, wait] of waits.entries()) {
      w.latest().exit(1);
      expect(w.problems.at(-1)).toBe('the exercise host stopped unexpectedly (exit code 1); restarting it');
      expect(w.supervisor.status().origin).toBeNull();
      w.advance(wait - 1);
      expect(w.children).toHaveLength(index + 1);
      w.advance(1);
      expect(w.children).toHaveLength(index + 2);
    }
    w.latest().ready(4180);
    expect(w.readies.at(-1)).toEqual(['http://127.0.0.1:4180', 'http://127.0.0.1:4173']);
    expect(w.supervisor.status().restarts).toBe(4);
    expect(RESTART_MAX_MS).toBeGreaterThan(4_000);
  });

  it('leaves a host that crashes in a loop stopped, saying so, until it is restarted by hand', async () => {
    const w = world();
    void w.supervisor.start();
    for (let crash = 1; crash <= MOST_CRASHES; crash++) {
      w.latest().say({ kind: 'failed', reason: 'cannot open the data folder /data: EACCES' });
      w.latest().exit(1);
      if (crash < MOST_CRASHES) w.advance(RESTART_MAX_MS);
    }
    expect(w.children).toHaveLength(MOST_CRASHES);
    w.advance(CRASH_WINDOW_MS);
    expect(w.children).toHaveLength(MOST_CRASHES);
    expect(w.problems.at(-1)).toContain('cannot open the data folder /data: EACCES');
    expect(w.problems.at(-1)).toContain(
      `stopped ${MOST_CRASHES} times within a minute and was not started again`,
    );
    const restarted = w.supervisor.restart();
    await Promise.resolve();
    w.latest().ready(4173);
    await expect(restarted).resolves.toEqual({
      origin: 'http://127.0.0.1:4173',
      restarts: MOST_CRASHES - 1,
      problem: null,
    });
  });

  it('asks the host to stop, and does not restart it; one that does not stop in time is killed', async () => {
    const w = world();
    void w.supervisor.start();
    const child = w.latest();
    child.ready(4173);
    const stopped = w.supervisor.stop();
    expect(child.received).toEqual([{ kind: 'stop' }]);
    w.advance(15_000);
    expect(child.killed).toBe(true);
    await stopped;
    w.advance(RESTART_MAX_MS);
    expect(w.children).toHaveLength(1);
    expect(w.logs).toContain('the exercise host did not stop in time: killed');
  });

  it('passes LAN requests to the host and their answers back; refuses them while it is down', async () => {
    const w = world();
    void w.supervisor.start();
    await expect(w.supervisor.setLan(true)).rejects.toThrow('not running');
    w.latest().ready(4173);
    const asked = w.supervisor.setLan(true);
    expect(w.latest().received).toEqual([{ kind: 'lan', requestId: 1, on: true }]);
    const lan = { on: true, urls: ['http://10.0.0.5:4173/'], problem: null };
    w.latest().say({ kind: 'lan', requestId: 1, lan });
    await expect(asked).resolves.toEqual(lan);
    w.latest().say({ kind: 'strange' });
    expect(w.logs.at(-1)).toContain('not understood');
    const cut = w.supervisor.setLan(false);
    w.latest().exit(1);
    await expect(cut).rejects.toThrow('the exercise host stopped');
  });
});
