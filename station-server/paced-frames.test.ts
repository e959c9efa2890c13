import { describe, expect, it } from 'vitest';
import { FrameBudget } from './frame-budget';
import { PacedFrames } from './paced-frames';

/**
 * A socket's frames on a simulated clock: timers run when the test moves the clock past them, and every
 * call the reader makes on the socket (read, pause, resume, close, tell) is written down with its time.
 */
function pacedSocket(perSecond = 10, burst = 5, abusiveAfterMs = 60_000, mostHeldBytes?: number) {
  const clock = { ms: 0 };
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  const calls: string[] = [];
  const read: string[] = [];
  const frames = new PacedFrames({
    budget: new FrameBudget({ now: () => clock.ms, perSecond, burst, abusiveAfterMs }),
    read: (data) => {
      read.push(String(data));
      calls.push(`${clock.ms} read ${String(data)}`);
    },
    pause: () => calls.push(`${clock.ms} pause`),
    resume: () => calls.push(`${clock.ms} resume`),
    close: (reason) => calls.push(`${clock.ms} close ${reason}`),
    tell: () => calls.push(`${clock.ms} tell`),
    after: (run, ms) => {
      const timer = { at: clock.ms + ms, run, live: true };
      timers.push(timer);
      return () => (timer.live = false);
    },
    ...(mostHeldBytes === undefined ? {} : { mostHeldBytes }),
  });
  /** Moves the clock to `ms`, running each live timer due on the way, in order. */
  const advance = (ms: number) => {
    for (;;) {
      const due = timers.filter((timer) => timer.live && timer.at <= ms).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      clock.ms = due.at;
      due.live = false;
      due.run();
    }
    clock.ms = ms;
  };
  const send = (text: string) => frames.arrive(Buffer.from(text), false);
  return { clock, frames, calls, read, send, advance, timers };
}

describe('PacedFrames', () => {
  it('reads a burst at once, then holds the rest and reads one per refill, in order, none dropped', () => {
    const socket = pacedSocket(10, 5);
    for (let index = 1; index <= 8; index += 1) socket.send(`f${index}`);
    // Five in the bucket; the sixth stops the socket being read, and it and the two after it wait.
    expect(socket.read).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(socket.calls.slice(5)).toEqual(['0 pause', '0 tell']);
    expect(socket.frames.waiting).toBe(3);
    // 10 a second: one each tenth of a second, then reading starts again.
    socket.advance(1_000);
    expect(socket.calls.slice(7)).toEqual(['100 read f6', '200 read f7', '300 read f8', '300 resume']);
    expect(socket.frames.waiting).toBe(0);
  });

  it('keeps a frame arriving while others wait behind them, not ahead', () => {
    const socket = pacedSocket(10, 1);
    socket.send('a');
    socket.send('b');
    // The bucket refills meanwhile, but c still goes after b.
    socket.clock.ms = 150;
    socket.send('c');
    socket.advance(1_000);
    expect(socket.read).toEqual(['a', 'b', 'c']);
  });

  it('closes a socket that stays over the rate, and reads nothing more of it', () => {
    const socket = pacedSocket(10, 5, 2_000);
    // A flood: 100 frames every 100 ms for 5 s.
    for (let ms = 0; ms <= 5_000; ms += 100) {
      socket.advance(ms);
      for (let index = 0; index < 100; index += 1) socket.send(`${ms}-${index}`);
    }
    const closes = socket.calls.filter((call) => call.includes('close'));
    expect(closes).toHaveLength(1);
    const closedAt = Number(closes[0]?.split(' ')[0]);
    // Over the rate from the 6th frame at 0 ms; closed once the 2 s are up, at the next frame read.
    expect(closedAt).toBeGreaterThanOrEqual(2_000);
    expect(closedAt).toBeLessThanOrEqual(2_100);
    expect(socket.read.length).toBeLessThanOrEqual(5 + 21);
    const readAfter = socket.calls.filter(
      (call) => call.includes(' read ') && Number(call.split(' ')[0]) > closedAt,
    );
    expect(readAfter).toEqual([]);
    expect(socket.frames.waiting).toBe(0);
  });

  it('closes a socket whose waiting frames grow past the bound', () => {
    const socket = pacedSocket(10, 1, 60_000, 1_000);
    socket.send('x');
    for (let index = 0; index < 20; index += 1) socket.send('y'.repeat(100));
    // 1,000 bytes held after ten frames of 100: the eleventh is one too many.
    expect(socket.calls.filter((call) => call.includes('close'))).toEqual([
      '0 close more than 1 KiB of frames waiting to be read',
    ]);
    socket.advance(10_000);
    expect(socket.read).toEqual(['x']);
  });

  it('stops its timer when disposed: nothing is read after the socket closed', () => {
    const socket = pacedSocket(10, 1);
    socket.send('a');
    socket.send('b');
    socket.frames.dispose();
    socket.advance(1_000);
    expect(socket.read).toEqual(['a']);
    expect(socket.timers.every((timer) => !timer.live)).toBe(true);
  });
});
