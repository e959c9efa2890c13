import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { ExerciseCatalogue, ExerciseDatabase } from '../storage/index';
import { createExercise, type NewExercise } from './create-exercise';

let counter = 0;
const databases: ExerciseDatabase[] = [];
function catalogueInNewDatabase() {
  const db = new ExerciseDatabase(`create-exercise-test-${++counter}`);
  databases.push(db);
  return { db, catalogue: new ExerciseCatalogue(db) };
}
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const NOW = Date.UTC(2026, 0, 5, 9); // 1767603600000 ms, "mk0xjmo0" in base 36
const input = (scenarioText = miniScenarioText()): NewExercise => ({
  name: 'Tabletop',
  marking: 'EXERCISE — NOT REAL',
  seed: 7,
  scenario: {
    id: 'mini-scenario',
    title: 'Mini',
    source: { path: 'mini-scenario.yaml', text: scenarioText },
  },
  playbookSources: miniPlaybookSources(),
  roles: { nac: 'doctrine', 'ms-c': 'random', 'ms-a': 'station', presidency: 'by-hand' },
});

describe('creating an exercise in this browser', () => {
  it('stores Home’s record and a log that begins with exercise.created, auto-playing the roles set to a policy', async () => {
    const { catalogue } = catalogueInNewDatabase();
    const record = await createExercise(input(), catalogue, NOW);
    expect(record.exerciseId).toMatch(/^mini-scenario-mk0xjmo0-[0-9a-f]{4}$/);
    const events = await catalogue.events(record.exerciseId);
    expect(record).toEqual({
      exerciseId: record.exerciseId,
      name: 'Tabletop',
      scenarioId: 'mini-scenario',
      scenarioTitle: 'Mini',
      marking: 'EXERCISE — NOT REAL',
      createdWallMs: NOW,
      status: 'ready',
      roles: input().roles,
      lastEventWallMs: NOW,
      eventCount: events.length,
    });
    expect(await catalogue.get(record.exerciseId)).toEqual(record);
    const [created] = events;
    expect(created).toMatchObject({
      seq: 1,
      type: 'exercise.created',
      exerciseId: record.exerciseId,
      wallMs: NOW,
      payload: {
        name: 'Tabletop',
        seed: 7,
        exerciseMarking: 'EXERCISE — NOT REAL',
      },
    });
    // Stations and roles played by hand are nobody's to automate.
    expect(created?.type === 'exercise.created' && created.payload.autoPlay).toEqual({
      nac: 'doctrine',
      'ms-c': 'random',
    });
    // The mini playbook's single machine starts with the exercise.
    expect(events.map((event) => event.type)).toEqual(['exercise.created', 'mechanism.started']);
  });

  it('creates nothing from documents that do not load, and says how many problems they have', async () => {
    const { db, catalogue } = catalogueInNewDatabase();
    const broken = miniScenarioText().replace('span: 2d', 'span: forever');
    await expect(createExercise(input(broken), catalogue, NOW)).rejects.toThrow(
      /^cannot create the exercise: 1 problems in its documents:\nmini-scenario\.yaml:\d+:\d+/,
    );
    expect(await db.exercises.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
