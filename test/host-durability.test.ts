// Durability of the exercise host (issue 15 §2, the short run): a host process acknowledges console commands as
// fast as it can and is killed with SIGKILL at seeded-random moments; each restart must find every acknowledged
// command's events in the journal, seqs contiguous, nothing twice, and the clock resumed with the gap.
// The full run (a hundred kills and more, over real sockets) is a script of its own, not a test.
import { afterEach, describe, expect, it } from 'vitest';
import { SeededRandom, type ExerciseEvent } from '../core/index';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  startHostWorld,
  tempDataFolder,
} from './fixtures/exercise-host-world';
import { killHostProcesses, startHostProcess } from './fixtures/host-process';

const KILLS = 3;
const SEED = 15;

afterEach(async () => {
  await killHostProcesses();
  await cleanUpHostWorlds();
});

describe('the exercise host killed mid-write', () => {
  it('keeps every acknowledged command, contiguous and once, and resumes the clock after each restart', async () => {
    const random = new SeededRandom(SEED);
    const dataFolder = tempDataFolder();
    const acknowledged: string[] = [];
    let exerciseId = '';
    for (let kill = 0; kill < KILLS; kill++) {
      const host = startHostProcess(dataFolder, 'drive');
      exerciseId = await host.ready;
      // Killed at a moment the seed picks: after some acknowledgements, a little into the next write.
      await host.acknowledged(Math.floor(random.between(1, 80)));
      await new Promise((resolve) => setTimeout(resolve, random.between(0, 15)));
      await host.kill();
      acknowledged.push(...host.acks);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS);

    // A host in this process takes over the stale lock and reopens the running exercise.
    const { host } = await startHostWorld(dataFolder, { now: Date.now });
    expect(host.isOpen(exerciseId)).toBe(true);
    const hosted = await host.open(exerciseId);
    const events = hosted.events;
    expect(await eventsOnDisk(host.journalFile(exerciseId))).toEqual(events);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));

    const byCommand = new Map<string, ExerciseEvent[]>();
    for (const event of events)
      if (event.commandId !== null)
        byCommand.set(event.commandId, [...(byCommand.get(event.commandId) ?? []), event]);
    const missing = acknowledged.filter((commandId) => !byCommand.has(commandId));
    expect(missing).toEqual([]);
    // Each observation/record appends one event: a command applied twice would show two.
    const twice = acknowledged.filter((commandId) => byCommand.get(commandId)?.length !== 1);
    expect(twice).toEqual([]);

    // One clock.resumed per restart (two host processes, then this one). The clock ran (at 1×) until the
    // killed host's last sign of life and not across the gap: the wall time from the last event the killed
    // host wrote to the restart is exactly the scenario time that ran plus the gap, nothing counted twice.
    const restarts = events.filter((event) => event.type === 'clock.resumed' && event.payload.afterRestart);
    expect(restarts).toHaveLength(KILLS);
    for (const resumed of restarts) {
      const before = events.findLast(
        (event) => event.seq < resumed.seq && event.wallMs < resumed.wallMs,
      ) as ExerciseEvent;
      const gapMs = resumed.type === 'clock.resumed' ? resumed.payload.gapMs : -1;
      expect(resumed.scenarioMs).toBeGreaterThanOrEqual(before.scenarioMs);
      expect(resumed.scenarioMs - before.scenarioMs + gapMs).toBe(resumed.wallMs - before.wallMs);
    }
  }, 120_000);
});
