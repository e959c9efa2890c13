import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  miniExerciseRequest,
  tempDataFolder,
} from '../test/fixtures/exercise-host-world';
import { miniPlaybookSources, miniScenarioText } from '../test/fixtures/fixtures';
import { exerciseFiles } from './data-folder';
import { readRecordFile } from './exercise-catalogue-files';
import { CatalogueError, createExerciseIn } from './exercise-creation';

afterEach(cleanUpHostWorlds);

const NOW = Date.UTC(2026, 0, 5, 9); // 1767603600000 ms, "mk0xjmo0" in base 36

function deps(dataFolder: string) {
  return {
    dataFolder,
    now: () => NOW,
    newId: () => '3f2a9c',
    playbookSources: async () => miniPlaybookSources(),
  };
}

describe('creating an exercise in the data folder', () => {
  it('writes its record and a journal that begins with exercise.created, auto-playing the roles set to a policy', async () => {
    const dataFolder = tempDataFolder();
    const record = await createExerciseIn(miniExerciseRequest(), deps(dataFolder));
    expect(record).toEqual({
      exerciseId: 'mini-scenario-mk0xjmo0-3f2a',
      name: 'Tabletop',
      scenarioId: 'mini-scenario',
      scenarioTitle: 'Mini',
      marking: 'EXERCISE — NOT REAL',
      createdWallMs: NOW,
      status: 'ready',
      roles: miniExerciseRequest().roles,
      lastEventWallMs: NOW,
      eventCount: 2,
    });
    const files = exerciseFiles(dataFolder, record.exerciseId);
    expect(await readRecordFile(files.record, record.exerciseId)).toEqual(record);
    const events = await eventsOnDisk(files.journal);
    expect(events.map((event) => event.type)).toEqual(['exercise.created', 'mechanism.started']);
    const [created] = events;
    // Stations and roles played by hand are nobody's to automate.
    expect(created?.type === 'exercise.created' && created.payload).toMatchObject({
      name: 'Tabletop',
      seed: 7,
      exerciseMarking: 'EXERCISE — NOT REAL',
      autoPlay: { nac: 'doctrine' },
    });
    // The lock was held while the journal was written, and released after.
    expect(readdirSync(files.folder).sort()).toEqual([
      'exercise.json',
      'journal.jsonl',
      'journal.jsonl.snapshots.jsonl',
    ]);
  });

  it('uses the playbook the request brings, when it brings one', async () => {
    const dataFolder = tempDataFolder();
    const request = { ...miniExerciseRequest(), playbookSources: miniPlaybookSources() };
    const record = await createExerciseIn(request, {
      ...deps(dataFolder),
      playbookSources: () => Promise.reject(new Error('the bundled playbook is not read')),
    });
    expect(record.eventCount).toBe(2);
  });

  it('creates nothing from documents that do not load, naming the file and line of each problem', async () => {
    const dataFolder = tempDataFolder();
    const broken = miniExerciseRequest(miniScenarioText().replace('span: 2d', 'span: forever'));
    const creating = createExerciseIn(broken, deps(dataFolder));
    await expect(creating).rejects.toThrow(CatalogueError);
    await expect(creating).rejects.toThrow(
      /^cannot create the exercise: 1 problems in its documents:\nmini-scenario\.yaml:8:7: /,
    );
    expect(readdirSync(dataFolder)).toEqual([]);
  });

  it('refuses a scenario id that cannot name a folder', async () => {
    const request = miniExerciseRequest();
    request.scenario.id = '../mini';
    await expect(createExerciseIn(request, deps(tempDataFolder()))).rejects.toThrow(
      /^cannot create the exercise: "\.\.\/mini-mk0xjmo0-3f2a" is not a usable exercise id/,
    );
  });
});
