import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseEvent, ExerciseRecord } from '../core/index';
import {
  cleanUpHostWorlds,
  miniExerciseRequest,
  startHostWorld,
  tempDataFolder,
} from '../test/fixtures/exercise-host-world';
import { exerciseFiles } from './data-folder';
import {
  clockStatusAfter,
  exerciseFolderNames,
  loadRecord,
  readRecordFile,
  recordFromJournal,
  writeRecordFile,
} from './exercise-catalogue-files';

afterEach(cleanUpHostWorlds);

/** A mini exercise started and paused by a host that then closed: its folder and its record. */
async function pausedExercise() {
  const world = await startHostWorld();
  const created = await world.host.create(miniExerciseRequest());
  const hosted = await world.host.open(created.exerciseId);
  await hosted.execute({ commandId: 'go', type: 'exercise/start', payload: {} });
  await world.advance(60_000);
  await hosted.execute({ commandId: 'hold', type: 'exercise/pause', payload: {} });
  const events = [...hosted.events];
  await world.host.close();
  const files = exerciseFiles(world.dataFolder, created.exerciseId);
  const record = (await readRecordFile(files.record, created.exerciseId)) as ExerciseRecord;
  return { files, record, events, exerciseId: created.exerciseId };
}

const event = (type: string) => ({ type }) as ExerciseEvent;

describe('the catalogue’s files', () => {
  it('follow the clock’s status through the events that change it', () => {
    expect(clockStatusAfter('ready', event('exercise.started'))).toBe('running');
    expect(clockStatusAfter('running', event('clock.paused'))).toBe('paused');
    expect(clockStatusAfter('paused', event('clock.resumed'))).toBe('running');
    expect(clockStatusAfter('running', event('exercise.ended'))).toBe('ended');
    expect(clockStatusAfter('paused', event('message.sent'))).toBe('paused');
    // A what-if branch opens with its clock stopped where its origin stood (apply-event.ts does the same).
    expect(clockStatusAfter('running', event('exercise.branched'))).toBe('paused');
    expect(clockStatusAfter('ready', event('exercise.branched'))).toBe('ready');
  });

  it('rebuild the record from the journal alone when it is unreadable', async () => {
    const { files, record, events, exerciseId } = await pausedExercise();
    expect(record).toMatchObject({ status: 'paused', eventCount: events.length });
    // The journal knows the roles played by software, and the scenario's own title.
    const fromJournal = { ...record, roles: { nac: 'doctrine' }, scenarioTitle: 'Mini scenario' };
    expect(await recordFromJournal(files.journal)).toEqual(fromJournal);

    writeFileSync(files.record, '{ not json');
    expect(await loadRecord(files, exerciseId)).toEqual(fromJournal);
    expect(await readRecordFile(files.record, exerciseId)).toEqual(fromJournal);
  });

  it('bring a record older than its journal up to date (a crash came between a batch and the record)', async () => {
    const { files, record, exerciseId } = await pausedExercise();
    const stale = { ...record, status: 'running' as const, eventCount: 3, lastEventWallMs: 0 };
    await writeRecordFile(files.record, stale);
    const past = new Date(Date.now() - 60_000);
    utimesSync(files.record, past, past);
    expect(await loadRecord(files, exerciseId)).toEqual(record);
    // A record at least as new as the journal is taken as it is.
    await writeRecordFile(files.record, stale);
    expect(await loadRecord(files, exerciseId)).toEqual(stale);
  });

  it('refuse a record that is not this exercise’s', async () => {
    const { files, record } = await pausedExercise();
    expect(await readRecordFile(files.record, 'someone-else')).toBeNull();
    writeFileSync(files.record, JSON.stringify({ ...record, eventCount: 'many' }));
    expect(await readRecordFile(files.record, record.exerciseId)).toBeNull();
  });

  it('write the record whole, leaving no temporary file', async () => {
    const folder = tempDataFolder();
    const file = path.join(folder, 'exercise.json');
    const { record } = await pausedExercise();
    await writeRecordFile(file, record);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(record);
    expect(readdirSync(folder)).toEqual(['exercise.json']);
  });

  it('list the folders that may hold exercises, not the data folder’s own', async () => {
    const folder = tempDataFolder();
    for (const name of ['b-ex', 'a-ex', '.deleted', '.restoring']) mkdirSync(path.join(folder, name));
    writeFileSync(path.join(folder, 'notes.txt'), '');
    expect(await exerciseFolderNames(folder)).toEqual(['a-ex', 'b-ex']);
    // A folder with no journal and no record holds no exercise.
    expect(await loadRecord(exerciseFiles(folder, 'a-ex'), 'a-ex')).toBeNull();
  });
});
