import os from 'node:os';
import path from 'node:path';

/** The desktop app's product name: Electron names its per-user folder after it. */
export const PRODUCT_NAME = 'Playbook Exercise Simulator';

/**
 * Where the exercises live when no `--data` is given: the folder Electron's `app.getPath('userData')` gives
 * the desktop app, plus `exercises`, so browser mode and the desktop app find the same exercises.
 */
export function defaultDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME, 'exercises');
  }
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME, 'exercises');
  // Electron follows the XDG base directory spec on Linux and the other Unixes, and so does this.
  const config = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(config, PRODUCT_NAME, 'exercises');
}

/** An exercise id that is not a plain folder name: it would reach outside the data folder. */
export class UnsafeExerciseIdError extends Error {
  override readonly name = 'UnsafeExerciseIdError';
}

/** Longest id accepted: the engine's ids are far shorter, and every file system takes a name this long. */
const MAX_ID_LENGTH = 200;

/**
 * Refuse an exercise id that cannot be one folder of the data folder. Ids come from files and sockets the
 * host does not trust (a restored journal, a console's request), and every one of them becomes a path.
 */
export function checkExerciseId(exerciseId: string): void {
  const reason =
    exerciseId.length === 0
      ? 'it is empty'
      : exerciseId.length > MAX_ID_LENGTH
        ? `it is longer than ${MAX_ID_LENGTH} characters`
        : /[/\\\0]/.test(exerciseId)
          ? 'it contains a slash, a backslash or a NUL character'
          : exerciseId.includes('..') || exerciseId === '.'
            ? 'it contains ".."'
            : exerciseId.startsWith('.')
              ? 'it begins with "." (the data folder keeps its own folders under such names)'
              : null;
  if (reason !== null)
    throw new UnsafeExerciseIdError(
      `"${exerciseId.slice(0, MAX_ID_LENGTH)}" is not a usable exercise id: ${reason}`,
    );
}

/** The files of one exercise in the data folder (docs/architecture.md §8). */
export interface ExerciseFiles {
  folder: string;
  /** The record: JSON Lines, one event a line; its snapshots are beside it (`journal.jsonl.snapshots.jsonl`). */
  journal: string;
  /** One writer per journal: the host process that has the exercise open. */
  lock: string;
  /** The catalogue's `ExerciseRecord`, a cache derived from the journal. */
  record: string;
  /** The host's last sign of life while the clock ran: where a restart resumes it (alive-marker.ts). */
  alive: string;
}

export function exerciseFiles(dataFolder: string, exerciseId: string): ExerciseFiles {
  checkExerciseId(exerciseId);
  const folder = path.join(dataFolder, exerciseId);
  return {
    folder,
    journal: path.join(folder, 'journal.jsonl'),
    lock: path.join(folder, 'host.lock'),
    record: path.join(folder, 'exercise.json'),
    alive: path.join(folder, 'clock-alive'),
  };
}

/** Where deleted exercises are moved: out of the catalogue, still on disk for whoever wants them back. */
export function deletedFolder(dataFolder: string, exerciseId: string, wallMs: number): string {
  checkExerciseId(exerciseId);
  return path.join(dataFolder, '.deleted', `${exerciseId}-${wallMs}`);
}
