import { describe, expect, it } from 'vitest';
import { ExerciseEngine, MemoryEventStore, type ExerciseEvent } from '../core/index';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import { RestartResume } from './restart-resume';

/** An in-memory store whose appends fail while `full` is set. */
class StoreThatFills extends MemoryEventStore {
  full = false;
  override append(batch: readonly ExerciseEvent[]): Promise<void> {
    return this.full ? Promise.reject(new Error('ENOSPC: no space left on device')) : super.append(batch);
  }
}

async function reopenedRunning(status: 'running' | 'paused', aliveFor: number | null = null) {
  const store = new StoreThatFills('mini-1');
  const harness = await Harness.create(undefined, store);
  await harness.send('exercise/start');
  if (status === 'paused') await harness.send('exercise/pause');
  const engine = await ExerciseEngine.open(store);
  const lines: string[] = [];
  const failures: unknown[] = [];
  const wallMs = harness.wallMs + HOUR;
  const aliveUntil = aliveFor === null ? null : engine.state.lastWallMs + aliveFor;
  const resume = new RestartResume(engine, () => wallMs, aliveUntil, {
    resumed: (line) => lines.push(line),
    failed: (error) => failures.push(error),
  });
  return { store, engine, lines, failures, resume };
}

const resumedEvents = (engine: ExerciseEngine) =>
  engine.events.filter((event) => event.type === 'clock.resumed');

describe('the restart’s clock.resumed', () => {
  it('counts the gap from the host’s last sign of life when it left one', async () => {
    const { engine, lines, resume } = await reopenedRunning('running', 20 * 60_000);
    expect(await resume.done()).toBe(true);
    expect(resumedEvents(engine)).toEqual([
      expect.objectContaining({
        scenarioMs: 20 * 60_000,
        payload: { afterRestart: true, gapMs: 40 * 60_000 },
      }),
    ]);
    expect(lines).toEqual([expect.stringMatching(/clock resumed after 2400 s$/)]);
  });

  it('is logged once with the gap, however many ask for it', async () => {
    const { engine, lines, resume } = await reopenedRunning('running');
    expect(await Promise.all([resume.done(), resume.done()])).toEqual([true, true]);
    expect(await resume.done()).toBe(true);
    expect(resumedEvents(engine)).toEqual([
      expect.objectContaining({ payload: { afterRestart: true, gapMs: HOUR } }),
    ]);
    expect(lines).toEqual(['reopened mini-1: clock resumed after 3600 s']);
  });

  it('is tried again after a failed write, and reported each time it fails', async () => {
    const { store, engine, lines, failures, resume } = await reopenedRunning('running');
    store.full = true;
    expect(await resume.done()).toBe(false);
    expect(await resume.done()).toBe(false);
    expect(failures).toEqual([expect.any(Error), expect.any(Error)]);
    expect(resumedEvents(engine)).toEqual([]);
    store.full = false;
    expect(await resume.done()).toBe(true);
    expect(resumedEvents(engine)).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });

  it('is not needed when the clock was not running', async () => {
    const { engine, lines, resume } = await reopenedRunning('paused');
    const before = engine.events.length;
    expect(await resume.done()).toBe(true);
    expect(engine.events.length).toBe(before);
    expect(lines).toEqual([]);
  });
});
