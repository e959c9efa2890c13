// What a console following one exercise is pushed after its opening answer, over the in-memory host's real
// engine and hub: each batch once, a late-told batch's hole filled from the log, status, and nothing once stopped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inProcessTransport, type ConsoleMessage, type ExerciseEvent } from '../core/index';
import { MemoryHost, MINI_EXERCISE, type MemoryHostedExercise } from '../test/fixtures/memory-host';
import { ConsoleFeed } from './console-feed';

let folder: string;
let host: MemoryHost;
let hosted: MemoryHostedExercise;
let sent: ConsoleMessage[];

const note = (commandId: string) =>
  hosted.execute({ commandId, type: 'observation/record', payload: { text: commandId } });
const logged = () => sent.flatMap((message) => (message.kind === 'log' ? message.events : []));

beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'console-feed-'));
  host = new MemoryHost(folder, inProcessTransport());
  hosted = await host.open((await host.create(MINI_EXERCISE)).exerciseId);
  await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
  sent = [];
});
afterEach(async () => {
  await host.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('ConsoleFeed', () => {
  it('sends each batch recorded after sentSeq once, in order, with the journal’s last seq', async () => {
    const from = hosted.events.length;
    const feed = new ConsoleFeed(hosted, from, (message) => sent.push(message));
    await note('a');
    await note('b');
    expect(sent.every((message) => message.kind === 'log')).toBe(true);
    expect(logged()).toEqual(hosted.events.slice(from));
    expect(sent.at(-1)).toMatchObject({ lastSeq: hosted.events.length });
    feed.stop();
  });

  it('fills the hole a batch it was not told of would leave, from the recorded log', async () => {
    const from = hosted.events.length;
    const subscribe = hosted.subscribe.bind(hosted);
    let drop = true;
    hosted.subscribe = (listener) =>
      subscribe((batch: readonly ExerciseEvent[]) => {
        if (drop) drop = false;
        else listener(batch);
      });
    const feed = new ConsoleFeed(hosted, from, (message) => sent.push(message));
    await note('untold');
    expect(sent).toEqual([]);
    await note('told');
    expect(logged()).toEqual(hosted.events.slice(from));
    feed.stop();
  });

  it('sends the status when it changes, and nothing at all once stopped', async () => {
    const feed = new ConsoleFeed(hosted, hosted.events.length, (message) => sent.push(message));
    hosted.fail('the journal is damaged at line 3');
    expect(sent).toEqual([
      {
        kind: 'status',
        exerciseId: hosted.exerciseId,
        readOnly: true,
        problem: 'the journal is damaged at line 3',
      },
    ]);
    feed.stop();
    hosted.problem = 'another';
    await hosted.execute({ commandId: 'refused', type: 'observation/record', payload: { text: 'x' } });
    expect(sent).toHaveLength(1);
  });
});
