import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stationChannelName, type ExerciseEvent } from '../core/index';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  miniExerciseRequest,
  startHostWorld,
  tempDataFolder,
} from '../test/fixtures/exercise-host-world';
import { killHostProcesses, startHostProcess } from '../test/fixtures/host-process';
import { ExerciseNotFoundError } from './exercise-host';
import { JournalLockedError } from './journal-lock';

const HOUR = 3_600_000;
afterEach(async () => {
  await killHostProcesses();
  await cleanUpHostWorlds();
});

describe('the exercise host', () => {
  it('creates an exercise, lists it, and runs it: every event the engine logs is on disk as it is in memory', async () => {
    const { host, advance } = await startHostWorld();
    let changes = 0;
    host.onCatalogueChange(() => (changes += 1));
    const record = await host.create(miniExerciseRequest());
    expect(record).toMatchObject({ name: 'Tabletop', status: 'ready', eventCount: 2 });
    expect(record.exerciseId).toMatch(/^mini-scenario-[0-9a-z]+-0000$/);
    expect(await host.list()).toEqual([record]);
    expect(changes).toBe(1);
    expect(host.isOpen(record.exerciseId)).toBe(false);

    const opening = host.open(record.exerciseId);
    // Concurrent opens share one opening: one engine, one lock.
    expect(host.open(record.exerciseId)).toBe(opening);
    const hosted = await opening;
    expect(host.isOpen(record.exerciseId)).toBe(true);
    const batches: (readonly ExerciseEvent[])[] = [];
    hosted.subscribe((batch) => batches.push(batch));
    const reply = await hosted.execute({ commandId: 'c-start', type: 'exercise/start', payload: {} });
    expect(reply).toMatchObject({ ok: true, commandId: 'c-start' });
    await advance(HOUR);
    await advance(7 * HOUR);
    expect(hosted.events.map((event) => event.type)).toEqual(
      expect.arrayContaining([
        'exercise.started',
        'inject.released',
        'expected-action.missed',
        'inject.triggered',
      ]),
    );
    expect(await eventsOnDisk(host.journalFile(record.exerciseId))).toEqual(hosted.events);
    // Listeners hear every durable batch once, in order, and never an empty one.
    expect(batches.every((batch) => batch.length > 0)).toBe(true);
    expect(batches.flat()).toEqual(hosted.events.slice(2));
    expect(hosted.problem).toBeNull();
    expect(hosted.readOnly).toBe(false);

    // The record follows the log: its status at once, its counts within seconds, and all of it on close.
    expect((await host.list())[0]).toMatchObject({ status: 'running', eventCount: hosted.events.length });
    await host.close();
    const onDisk = JSON.parse(
      readFileSync(path.join(host.dataFolder, record.exerciseId, 'exercise.json'), 'utf8'),
    ) as unknown;
    expect(onDisk).toEqual({
      ...record,
      status: 'running',
      eventCount: hosted.events.length,
      lastEventWallMs: hosted.events.at(-1)?.wallMs,
    });
  });

  it('serves the exercise’s stations, and tells them when it closes', async () => {
    const { host, openChannel } = await startHostWorld();
    const { exerciseId } = await host.create(miniExerciseRequest());
    const hosted = await host.open(exerciseId);
    const station = openChannel(stationChannelName(exerciseId, 'ms-a'));
    const heard: { kind: string }[] = [];
    station.listen((message) => heard.push(message as { kind: string }));
    station.post({ kind: 'hello', station: 'laptop-a', since: 0 });
    await expect.poll(() => heard.map((message) => message.kind)).toContain('view');
    await expect.poll(() => hosted.presence()).toEqual([expect.objectContaining({ role: 'ms-a' })]);
    await host.close();
    expect(heard.at(-1)).toEqual({ kind: 'host-offline' });
  });

  it('refuses an exercise it does not have, and ids that are not folder names', async () => {
    const { host } = await startHostWorld();
    await expect(host.open('nothing-here')).rejects.toThrow(ExerciseNotFoundError);
    await expect(host.open('nothing-here')).rejects.toThrow(
      `exercise nothing-here is not in the data folder ${host.dataFolder}`,
    );
    expect(() => host.journalFile('nothing-here')).toThrow(ExerciseNotFoundError);
    await expect(host.delete('../etc')).rejects.toThrow(ExerciseNotFoundError);
  });

  it('lets only one host process write an exercise: a second host gets an error naming the pid', async () => {
    const first = await startHostWorld();
    const { exerciseId } = await first.host.create(miniExerciseRequest());
    await first.host.open(exerciseId);
    const second = await startHostWorld(first.dataFolder);
    const opening = second.host.open(exerciseId);
    await expect(opening).rejects.toThrow(JournalLockedError);
    await expect(opening).rejects.toThrow(
      new RegExp(`^exercise ${exerciseId} is open in another host process \\(pid ${process.pid} on `),
    );
    // Once the first host has closed it, the second opens it.
    await first.host.close();
    await expect(second.host.open(exerciseId)).resolves.toMatchObject({ exerciseId });
  });

  it('moves a deleted exercise aside, closing it first, and never removes its files', async () => {
    const { host, dataFolder, clock } = await startHostWorld();
    const { exerciseId } = await host.create(miniExerciseRequest());
    const hosted = await host.open(exerciseId);
    const journal = readFileSync(host.journalFile(exerciseId), 'utf8');
    let changes = 0;
    host.onCatalogueChange(() => (changes += 1));
    await host.delete(exerciseId);
    expect(changes).toBe(1);
    expect(await host.list()).toEqual([]);
    expect(host.isOpen(exerciseId)).toBe(false);
    expect(existsSync(path.join(dataFolder, exerciseId))).toBe(false);
    const moved = path.join(dataFolder, '.deleted', `${exerciseId}-${clock.wallMs}`);
    expect(readFileSync(path.join(moved, 'journal.jsonl'), 'utf8')).toBe(journal);
    expect(readdirSync(moved).sort()).toEqual([
      'exercise.json',
      'journal.jsonl',
      'journal.jsonl.snapshots.jsonl',
    ]);
    // What was open is closed: its commands are refused, nothing is written to the moved journal.
    expect(await hosted.execute({ commandId: 'late', type: 'exercise/start', payload: {} })).toMatchObject({
      ok: false,
    });
    // A restarted host does not list what is under .deleted.
    expect(await (await startHostWorld(dataFolder)).host.list()).toEqual([]);
  });

  it('reopens on its own only the exercises whose clock was running; the others wait to be asked', async () => {
    const first = await startHostWorld();
    const ready = await first.host.create(miniExerciseRequest());
    first.clock.wallMs += 1_000;
    const running = await first.host.create(miniExerciseRequest());
    await (
      await first.host.open(running.exerciseId)
    ).execute({
      commandId: 'go',
      type: 'exercise/start',
      payload: {},
    });
    await first.host.close();
    const second = await startHostWorld(first.dataFolder, {}, first.clock);
    await second.host.whenReopened();
    expect(second.host.isOpen(running.exerciseId)).toBe(true);
    expect(second.host.isOpen(ready.exerciseId)).toBe(false);
    expect((await second.host.list()).map((record) => [record.exerciseId, record.status])).toEqual([
      [running.exerciseId, 'running'],
      [ready.exerciseId, 'ready'],
    ]);
  });

  it('after a crash, reopens a running exercise and logs the gap: scenario time does not advance across it', async () => {
    const dataFolder = tempDataFolder();
    const child = startHostProcess(dataFolder);
    const exerciseId = await child.ready;
    await child.kill();
    const before = await eventsOnDisk(path.join(dataFolder, exerciseId, 'journal.jsonl'));
    const last = before.at(-1) as ExerciseEvent;
    expect(before.map((event) => event.type)).toContain('exercise.started');

    // The new host's clock reads an hour after the crash; its lock is stale (the process is gone).
    const clock = { wallMs: last.wallMs + HOUR };
    const { host, lines, advance } = await startHostWorld(dataFolder, {}, clock);
    await host.whenReopened();
    expect(host.isOpen(exerciseId)).toBe(true);
    const hosted = await host.open(exerciseId);
    const resumed = hosted.events[before.length];
    expect(hosted.events.slice(0, before.length)).toEqual(before);
    expect(resumed).toMatchObject({
      type: 'clock.resumed',
      seq: last.seq + 1,
      wallMs: clock.wallMs,
      scenarioMs: last.scenarioMs,
      payload: { afterRestart: true, gapMs: HOUR },
    });
    expect(lines).toContain(`reopened ${exerciseId}: clock resumed after 3600 s`);
    // The clock runs on from there at its speed: a message a minute later is a minute later in scenario time.
    await advance(60_000);
    const reply = await hosted.execute({
      commandId: 'after',
      type: 'observation/record',
      payload: { text: 'still running' },
    });
    expect(reply.ok).toBe(true);
    expect(hosted.events.at(-1)?.scenarioMs).toBe(last.scenarioMs + 60_000);
    expect(await eventsOnDisk(host.journalFile(exerciseId))).toEqual(hosted.events);
  });
});
