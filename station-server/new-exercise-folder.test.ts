import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentOfCreated, encodeEvents, replay, snapshotOf } from '../core/index';
import { Harness } from '../test/fixtures/engine-harness';
import { cleanUpHostWorlds, tempDataFolder } from '../test/fixtures/exercise-host-world';
import { exerciseFiles } from './data-folder';
import { readRecordFile, recordOfLog } from './exercise-catalogue-files';
import { writeNewExerciseFolder } from './new-exercise-folder';

afterEach(cleanUpHostWorlds);

async function anExercise() {
  const played = await Harness.create();
  await played.startAtMaxSpeed();
  const events = [...played.engine.events];
  const content = contentOfCreated(events[0]!);
  const state = replay(events, content);
  const record = recordOfLog({
    created: events[0]!,
    content,
    status: state.clock.status,
    eventCount: events.length,
    lastEventWallMs: events.at(-1)!.wallMs,
  });
  return { record, journal: Buffer.from(encodeEvents(events)), snapshot: snapshotOf(state) };
}

describe('writeNewExerciseFolder', () => {
  it('writes the journal, its snapshot and the record, and leaves no staging folder', async () => {
    const dataFolder = tempDataFolder();
    const exercise = await anExercise();
    expect(await writeNewExerciseFolder(dataFolder, exercise)).toBe('written');
    const files = exerciseFiles(dataFolder, exercise.record.exerciseId);
    expect(readFileSync(files.journal)).toEqual(exercise.journal);
    expect(await readRecordFile(files.record, exercise.record.exerciseId)).toEqual(exercise.record);
    expect(readdirSync(files.folder).length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(path.join(dataFolder, '.restoring'))).toEqual([]);
  });

  it('never overwrites an exercise already in the data folder', async () => {
    const dataFolder = tempDataFolder();
    const exercise = await anExercise();
    const files = exerciseFiles(dataFolder, exercise.record.exerciseId);
    mkdirSync(files.folder, { recursive: true });
    writeFileSync(files.journal, 'what was there\n');
    expect(await writeNewExerciseFolder(dataFolder, exercise)).toBe('exists');
    expect(readFileSync(files.journal, 'utf8')).toBe('what was there\n');
    expect(existsSync(files.record)).toBe(false);
  });
});
