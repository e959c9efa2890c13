import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appDatabase, stationDatabase } from './app-databases';
import { ExerciseDatabase } from './exercise-db';
import { StationDatabase } from './station-db';

describe('the app’s databases', () => {
  it('are one per page, under the names earlier versions used (so their data keeps opening)', () => {
    expect(appDatabase()).toBeInstanceOf(ExerciseDatabase);
    expect(appDatabase().name).toBe('pbsim');
    expect(appDatabase()).toBe(appDatabase());
    expect(stationDatabase()).toBeInstanceOf(StationDatabase);
    expect(stationDatabase().name).toBe('pbsim-stations');
    expect(stationDatabase()).toBe(stationDatabase());
  });
});
