// The what-if branch fixture journal of envelope v5 (test/fixtures/journals/what-if-branch-v5) read back
// against its origin, the v4 fixture: the copied part is the origin's, event for event and by the hash the
// branch recorded; the branch replays to the origin's state at the point; it parts from it only after.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBranchPrefix,
  contentOfCreated,
  decodeJournal,
  ExerciseReadModels,
  isEvent,
  replay,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

const journal = (folder: string) =>
  decodeJournal(
    readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/journals', folder, 'events.jsonl'), 'utf8'),
    { trusted: false },
  ).events;
const branch = journal('what-if-branch-v5');
const origin = journal('improvement-plan-v4');
// scripts/make-branch-fixture.ts branched after event 188: the one before the Presidency's
// PRESIDENCY_ACTIVATE_INFO_SHARING in the v4 fixture.
const AT = 188;

describe('the what-if branch fixture journal', () => {
  it('says where it left its origin, and its copied part is the origin’s', () => {
    const models = ExerciseReadModels.of(branch, contentOfCreated(branch[0]!));
    expect(models.facts.branch).toMatchObject({
      originExerciseId: 'pace-rehearsal-hand-played',
      atSeq: AT,
      branchedSeq: AT + 1,
    });
    expect(origin[AT]).toMatchObject({
      type: 'decision.taken',
      payload: { event: 'PRESIDENCY_ACTIVATE_INFO_SHARING' },
    });
    expect(checkBranchPrefix(branch, origin)).toEqual({ kind: 'matches', atSeq: AT });
    expect(checkBranchPrefix(branch, null)).toEqual({ kind: 'origin-absent', atSeq: AT });
  });

  it('replays to the origin’s state at the point, and parts from it only through its own decisions', () => {
    const content = contentOfCreated(origin[0]!);
    const atPoint = replay(origin.slice(0, AT), content);
    const branched = replay(branch.slice(0, AT + 1), content);
    expect(branched.actors).toEqual(atPoint.actors);
    expect(branched.injects).toEqual(atPoint.injects);
    const decisions = (events: typeof branch) =>
      events
        .slice(AT)
        .filter((event) => isEvent(event, 'decision.taken'))
        .map((event) => (isEvent(event, 'decision.taken') ? event.payload.event : ''));
    expect(decisions(origin)[0]).toBe('PRESIDENCY_ACTIVATE_INFO_SHARING');
    expect(decisions(branch)).toEqual(['PRESIDENCY_ACTIVATE_FULL', 'AGREE_COORDINATED_MESSAGING']);
    expect(replay(branch, content).clock.status).toBe('ended');
  });
});
