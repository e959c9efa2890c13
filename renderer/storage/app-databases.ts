import { ExerciseDatabase } from './exercise-db';
import { StationDatabase } from './station-db';

let exercises: ExerciseDatabase | null = null;
let stations: StationDatabase | null = null;

/**
 * The app's exercise database: the console's copies of the host's exercises, and those recorded in this
 * browser before the host. One per page, opened on first use.
 */
export function appDatabase(): ExerciseDatabase {
  exercises ??= new ExerciseDatabase('pbsim');
  return exercises;
}

/** The stations' database: what role stations and the evaluator received, apart from the console's copies. */
export function stationDatabase(): StationDatabase {
  stations ??= new StationDatabase('pbsim-stations');
  return stations;
}
