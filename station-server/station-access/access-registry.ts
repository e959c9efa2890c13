import { normalizeJoinCode } from '../../core/index';
import { readAccessFile, type CodeRecord } from './access-file';
import { StationAccess, type AccessRole, type StationAccessDeps } from './station-access';

/**
 * The access of every exercise in the data folder: each opened once (concurrent calls share it), and an index
 * of the live codes read at start from the files already there, so a code works after a host restart before
 * anyone opened its exercise.
 */
export class AccessRegistry {
  private readonly opened = new Map<string, Promise<StationAccess>>();
  /** Codes of exercises not opened yet: code → exercise. */
  private readonly indexed = new Map<string, { exerciseId: string; code: CodeRecord }>();

  constructor(private readonly deps: StationAccessDeps) {}

  /** Reads an exercise's existing file for its live codes (nothing is created). */
  async index(exerciseId: string, folder: string): Promise<void> {
    const content = await readAccessFile(folder);
    for (const code of content?.codes ?? [])
      if (code.revokedWallMs === null) this.indexed.set(code.code, { exerciseId, code });
  }

  forExercise(
    exerciseId: string,
    folder: string,
    roles: ReadonlyMap<string, AccessRole>,
  ): Promise<StationAccess> {
    const known = this.opened.get(exerciseId);
    if (known) return known;
    const opening = StationAccess.open(folder, { exerciseId, roles }, this.deps);
    this.opened.set(exerciseId, opening);
    opening.then(
      () => {
        for (const [code, entry] of this.indexed)
          if (entry.exerciseId === exerciseId) this.indexed.delete(code);
      },
      () => this.opened.delete(exerciseId),
    );
    return opening;
  }

  /** The exercise and live code a typed code names, or null (an unreadable code is no code). */
  async findByCode(input: string): Promise<{ exerciseId: string; code: CodeRecord } | null> {
    const code = normalizeJoinCode(input);
    if (code === null) return null;
    for (const [exerciseId, opening] of this.opened) {
      const found = (await opening.catch(() => null))?.findCode(code);
      if (found) return { exerciseId, code: found };
    }
    return this.indexed.get(code) ?? null;
  }

  /** A deleted exercise: its codes no longer let anyone in. */
  forget(exerciseId: string): void {
    this.opened.delete(exerciseId);
    for (const [code, entry] of this.indexed) if (entry.exerciseId === exerciseId) this.indexed.delete(code);
  }
}
