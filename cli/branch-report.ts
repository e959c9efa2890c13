import { checkBranchChains, formatScenarioTime, type ExerciseReadModels } from '../core/index';

/** A journal as `report` read it: its read models and, when asked for, its hash chain. */
export interface ReadRun {
  file: string;
  models: ExerciseReadModels;
  links: readonly string[] | null;
}

const CHECK_WORDS = {
  matches: 'the part before the branch is its origin’s, event for event',
  'origin-absent': 'the part before the branch hashes as it recorded (its origin was not given)',
} as const;

/**
 * What `report` says of a what-if branch (docs/adr/0009-what-if-branches.md): where it left its origin and,
 * when the origin's journal is the one compared with, whether the part before the branch is still the
 * origin's. A line per branch among the two runs; none when neither is a branch of anything.
 */
export function branchReportLines(run: ReadRun, other: ReadRun | null): string[] {
  const lines: string[] = [];
  for (const [branch, origin] of [
    [run, other],
    [other, run],
  ] as const) {
    const from = branch?.models.facts.branch;
    if (!branch || !from) continue;
    const where = `${branch.file}: a what-if branch of ${from.originExerciseId} ("${from.originName}") after its event ${from.atSeq} (${formatScenarioTime(from.atScenarioMs)})`;
    const isOrigin = origin?.models.facts.exerciseId === from.originExerciseId;
    if (!branch.links) {
      lines.push(
        `${where}; compare it with its origin's journal (--compare) to check the part before the branch`,
      );
      continue;
    }
    const check = checkBranchChains(branch.links, from, isOrigin && origin?.links ? origin.links : null);
    if (check.kind === 'matches' || check.kind === 'origin-absent') {
      lines.push(`${where}: ${CHECK_WORDS[check.kind]}`);
    } else if (check.kind === 'differs') {
      lines.push(
        `${where}: the part before the branch differs from ${origin?.file ?? 'its origin'} at event ${check.seq}: one of the two journals is not as it was when the branch was made`,
      );
    } else {
      lines.push(
        `${where}: the part before the branch no longer hashes as it did when the branch was made: the journal was changed`,
      );
    }
  }
  return lines;
}
