/**
 * What Home says about the last thing the user did in its list of exercises: done (`ok`) or why not. After a
 * restore or an upload it offers the exercise's console.
 */
export interface Notice {
  ok: boolean;
  text: string;
  /** The exercise the notice is about, opened by its "Open the console" link. */
  openExerciseId?: string;
}
