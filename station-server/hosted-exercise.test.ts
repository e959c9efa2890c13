import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { stationChannelName, type ExerciseEvent } from '../core/index';
import { JournalWriteError } from '../node-adapters/index';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  miniExerciseRequest,
  startHostWorld,
} from '../test/fixtures/exercise-host-world';
import { openJournalStore, type HostJournal, type OpenJournal } from './host-journal';

const HOUR = 3_600_000;
afterEach(cleanUpHostWorlds);

/** The real journal, with appends that fail while `failure` is set (a full disk), as a test seam. */
function journalThatFails() {
  const control: { failure: Error | null; refusal: string | null } = { failure: null, refusal: null };
  const openJournal: OpenJournal = async (file, exerciseId) => {
    const { store, recovery } = await openJournalStore(file, exerciseId);
    const failing: HostJournal = {
      exerciseId,
      append: (batch) => (control.failure ? Promise.reject(control.failure) : store.append(batch)),
      read: (from, to) => store.read(from, to),
      lastSeq: () => store.lastSeq(),
      saveSnapshot: (snapshot) => store.saveSnapshot(snapshot),
      snapshotAtOrBefore: (seq) => store.snapshotAtOrBefore(seq),
      close: () => store.close(),
      get writeRefusal() {
        return control.refusal ?? store.writeRefusal;
      },
    };
    return { store: failing, recovery };
  };
  return { control, openJournal };
}

const diskFull = () =>
  new JournalWriteError(
    'writing events 9–9 to journal.jsonl failed (ENOSPC: no space left on device); none of them is recorded',
  );

describe('an open exercise', () => {
  it('opens a journal damaged before its end read-only: every command is refused naming the file and line', async () => {
    const first = await startHostWorld();
    const { exerciseId } = await first.host.create(miniExerciseRequest());
    const journal = first.host.journalFile(exerciseId);
    const running = await first.host.open(exerciseId);
    await running.execute({ commandId: 'go', type: 'exercise/start', payload: {} });
    await first.advance(HOUR);
    await first.host.close();
    const lines = readFileSync(journal, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(4);
    lines[2] = '{"v":1,"seq":3,"type":"exercise.start';
    writeFileSync(journal, lines.join('\n'));
    const damaged = lines.join('\n');

    const {
      host,
      openChannel,
      advance,
      lines: log,
    } = await startHostWorld(first.dataFolder, {}, first.clock);
    const hosted = await host.open(exerciseId);
    expect(hosted.readOnly).toBe(true);
    expect(hosted.problem).toMatch(new RegExp(`^${journal} line 3: .*; the journal is read-only$`));
    expect(hosted.events.map((event) => event.seq)).toEqual([1, 2]);
    const reply = await hosted.execute({ commandId: 'pause', type: 'exercise/pause', payload: {} });
    expect(reply).toEqual({ ok: false, commandId: 'pause', code: 'not-allowed', reason: hosted.problem });
    // A station may look at what was recorded, and is refused the same way.
    const station = openChannel(stationChannelName(exerciseId, 'ms-a'));
    const heard: unknown[] = [];
    station.listen((message) => heard.push(message));
    station.post({
      kind: 'command',
      station: 'laptop-a',
      commandId: 's1',
      type: 'message/read',
      payload: {},
    });
    await expect
      .poll(() => heard)
      .toContainEqual(
        expect.objectContaining({ kind: 'reply', reply: expect.objectContaining({ code: 'not-allowed' }) }),
      );
    // Nothing runs and nothing is written: no resumed clock, no pulse, the file as it was.
    await advance(HOUR);
    expect(readFileSync(journal, 'utf8')).toBe(damaged);
    expect(log.filter((line) => line.includes('clock resumed'))).toEqual([]);
  });

  it('refuses a command whose write failed, shows the problem, and carries on once the disk takes writes again', async () => {
    const { control, openJournal } = journalThatFails();
    const { host, advance } = await startHostWorld(undefined, { openJournal });
    const { exerciseId } = await host.create(miniExerciseRequest());
    const hosted = await host.open(exerciseId);
    await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} });
    let statusChanges = 0;
    hosted.onStatus(() => (statusChanges += 1));
    const recorded = hosted.events.length;

    control.failure = diskFull();
    const reply = await hosted.execute({
      commandId: 'lost',
      type: 'observation/record',
      payload: { text: 'not recorded' },
    });
    expect(reply).toEqual({
      ok: false,
      commandId: 'lost',
      code: 'not-now',
      reason: `nothing of this command was recorded: ${diskFull().message}`,
    });
    expect(hosted.problem).toBe(diskFull().message);
    expect(hosted.readOnly).toBe(false);
    expect(statusChanges).toBe(1);
    // The live loop meets the same failure on its pulses and keeps pulsing.
    await advance(8 * HOUR);
    expect(hosted.events.length).toBe(recorded);

    control.failure = null;
    await advance(1_000);
    const again = await hosted.execute({
      commandId: 'lost',
      type: 'observation/record',
      payload: { text: 'recorded now' },
    });
    expect(again).toMatchObject({ ok: true, commandId: 'lost' });
    expect(hosted.events.length).toBeGreaterThan(recorded + 1);
    const onDisk = await eventsOnDisk(host.journalFile(exerciseId));
    expect(onDisk).toEqual(hosted.events);
    expect(onDisk.filter((event) => event.commandId === 'lost')).toHaveLength(1);
  });

  it('writes nothing before the restart’s clock.resumed is on disk, and logs it once the disk takes writes', async () => {
    const first = await startHostWorld();
    const { exerciseId } = await first.host.create(miniExerciseRequest());
    await (
      await first.host.open(exerciseId)
    ).execute({ commandId: 'go', type: 'exercise/start', payload: {} });
    await first.host.close();
    const { control, openJournal } = journalThatFails();
    control.failure = diskFull();
    first.clock.wallMs += HOUR;
    const { host, advance } = await startHostWorld(first.dataFolder, { openJournal }, first.clock);
    const hosted = await host.open(exerciseId);
    const recorded = hosted.events.length;
    expect(hosted.problem).toBe(diskFull().message);
    expect(
      await hosted.execute({ commandId: 'obs', type: 'observation/record', payload: { text: 'x' } }),
    ).toEqual({
      ok: false,
      commandId: 'obs',
      code: 'not-now',
      reason: `nothing of this command was recorded: ${diskFull().message}`,
    });
    control.failure = null;
    await advance(60_000);
    const resumed = hosted.events[recorded];
    expect(resumed).toMatchObject({ type: 'clock.resumed', payload: { afterRestart: true } });
    expect(resumed?.scenarioMs).toBe(hosted.events[recorded - 1]?.scenarioMs);
    expect(hosted.events.filter((event) => event.type === 'clock.resumed')).toHaveLength(1);
  });

  it('becomes read-only when the journal could not be cut back after a failed write', async () => {
    const { control, openJournal } = journalThatFails();
    const { host, ticker } = await startHostWorld(undefined, { openJournal });
    const { exerciseId } = await host.create(miniExerciseRequest());
    const hosted = await host.open(exerciseId);
    // The live loop's pulse and the host's sign of life.
    expect(ticker.running).toBe(2);
    control.failure = diskFull();
    control.refusal = `${diskFull().message}, and the journal could not be cut back (EROFS): it is closed for writing`;
    const reply = await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} });
    expect(reply).toMatchObject({ ok: false, code: 'not-now' });
    expect(hosted.readOnly).toBe(true);
    expect(ticker.running).toBe(0);
    control.failure = null;
    expect(await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} })).toEqual({
      ok: false,
      commandId: 'go',
      code: 'not-allowed',
      reason: control.refusal,
    });
  });
});

describe('the host’s sign of life', () => {
  it('is where a reopened running clock resumes: scenario time ran until then, the rest is the gap', async () => {
    const world = await startHostWorld();
    const { exerciseId } = await world.host.create(miniExerciseRequest());
    const hosted = await world.host.open(exerciseId);
    expect(await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} })).toMatchObject({
      ok: true,
    });
    const started = hosted.events.at(-1) as ExerciseEvent;
    // Ten minutes of pulses with nothing due (at 1×), then the host goes; it comes back an hour later.
    for (let minute = 0; minute < 10; minute++) await world.advance(60_000);
    await world.host.close();
    const later = { wallMs: world.clock.wallMs + HOUR };
    const again = await startHostWorld(world.dataFolder, {}, later);
    const reopened = await again.host.open(exerciseId);
    const resumed = reopened.events.filter((event) => event.type === 'clock.resumed');
    expect(resumed).toEqual([
      expect.objectContaining({
        scenarioMs: started.scenarioMs + 10 * 60_000,
        wallMs: later.wallMs,
        payload: { afterRestart: true, gapMs: HOUR },
      }),
    ]);
  });
});

describe('what a console opening far behind reads', () => {
  it('reads events as the journal holds them, and the latest snapshot at or before the last recorded event', async () => {
    const held: { store?: HostJournal } = {};
    const openJournal: OpenJournal = async (file, exerciseId) => {
      const opened = await openJournalStore(file, exerciseId);
      held.store = opened.store;
      return opened;
    };
    const { host } = await startHostWorld(undefined, { openJournal });
    const { exerciseId } = await host.create(miniExerciseRequest());
    const hosted = await host.open(exerciseId);
    await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} });
    await hosted.execute({ commandId: 'note', type: 'observation/record', payload: { text: 'x' } });
    const onDisk = await eventsOnDisk(host.journalFile(exerciseId));
    const last = onDisk.length;
    expect(await hosted.readEvents(2, 3)).toEqual(onDisk.slice(1, 3));
    expect(await hosted.readEvents(last - 1, last + 10)).toEqual(onDisk.slice(last - 2));
    expect(await hosted.latestSnapshot()).toBeUndefined();
    // Snapshots the store holds: one within the log, one past its end (never the answer).
    const store = held.store as HostJournal;
    await store.saveSnapshot({ exerciseId, seq: 2, state: { at: 2 } });
    await store.saveSnapshot({ exerciseId, seq: last + 5, state: { at: last + 5 } });
    expect(await hosted.latestSnapshot()).toEqual({ exerciseId, seq: 2, state: { at: 2 } });
  });
});
