import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import type { ExerciseEvent } from '../ports/index';
import { MemoryEventStore } from '../stores/index';
import { BranchError, branchLog, checkBranchPrefix } from './branch-log';
import { ExerciseEngine } from './exercise-engine';
import { contentOfCreated, replay } from './replay';

const take = (machine: string, event: string) => ({ machine, event, fields: {} });
const CONTROLLER = { role: 'excon', station: 'console', actingAs: null };
const BRANCH_WALL = Date.UTC(2019, 5, 10, 9, 0);

/** The prefix hash worked out apart from the code: Node's own SHA-256 over keys sorted by a replacer. */
function chainOf(events: readonly ExerciseEvent[]): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  };
  let link = '';
  for (const event of events) {
    const { exerciseId: _id, ...rest } = event;
    link = createHash('sha256')
      .update(`${link}\n${JSON.stringify(sorted(rest))}`)
      .digest('hex');
  }
  return link;
}

// The origin: started at maximum speed, consultations asked for (ms-a), an hour on, the crisis activated by
// the presidency, then ENDEX. The branch leaves it right after the consultations.
let origin: readonly ExerciseEvent[];
let atSeq: number;

beforeAll(async () => {
  const played = await Harness.create();
  await played.startAtMaxSpeed();
  await played.send('decision/take', take('crisis', 'CONSULT'), 'ms-a');
  atSeq = played.engine.events.length;
  await played.jumpTo(HOUR);
  await played.send('decision/take', take('crisis', 'ACTIVATE'), 'presidency');
  await played.send('exercise/end');
  origin = [...played.engine.events];
});

const branchAt = (seq: number) =>
  branchLog(
    origin.slice(0, seq),
    { name: 'Mini' },
    {
      exerciseId: 'mini-branch',
      name: 'Mini — what if the presidency waits',
      wallMs: BRANCH_WALL,
      actor: CONTROLLER,
    },
  );

describe('branchLog', () => {
  it('copies the origin up to the point under the branch id, then records where it left', () => {
    const branch = branchAt(atSeq);
    expect(branch).toHaveLength(atSeq + 1);
    branch.slice(0, atSeq).forEach((event, index) => {
      expect(event).toEqual({ ...origin[index], exerciseId: 'mini-branch' });
    });
    const branched = branch[atSeq];
    expect(branched).toMatchObject({
      seq: atSeq + 1,
      exerciseId: 'mini-branch',
      type: 'exercise.branched',
      scenarioMs: origin[atSeq - 1]?.scenarioMs,
      wallMs: BRANCH_WALL,
      actor: CONTROLLER,
      audience: ['control', 'evaluation'],
      payload: {
        name: 'Mini — what if the presidency waits',
        origin: { exerciseId: 'mini-1', name: 'Mini' },
        atSeq,
        prefixSha256: chainOf(origin.slice(0, atSeq)),
      },
    });
  });

  it('replays to the origin’s state at the point, its clock stopped there', () => {
    const branch = branchAt(atSeq);
    const content = contentOfCreated(branch[0]!);
    const atPoint = replay(origin.slice(0, atSeq), content);
    expect(atPoint.clock.status).toBe('running');
    const branched = replay(branch, content);
    const ignored = { exerciseId: '', lastSeq: 0, lastWallMs: 0, clock: null, branch: null };
    expect({ ...branched, ...ignored }).toEqual({ ...atPoint, ...ignored });
    expect(branched.clock).toMatchObject({ status: 'paused', anchorScenarioMs: atPoint.lastScenarioMs });
    expect(branched.lastSeq).toBe(atSeq + 1);
    expect(branched.branch).toEqual({
      name: 'Mini — what if the presidency waits',
      originExerciseId: 'mini-1',
      originName: 'Mini',
      atSeq,
    });
    expect(atPoint.branch).toBeNull();
    expect(branched.exerciseId).toBe('mini-branch');
  });

  it('plays on live, diverging only through its own commands', async () => {
    const branch = branchAt(atSeq);
    const store = new MemoryEventStore('mini-branch');
    await store.append(branch);
    const engine = await ExerciseEngine.open(store);
    // Its stations and console know it by its own name, not its origin's.
    expect(engine.heading().name).toBe('Mini — what if the presidency waits');
    const send = (type: string, payload: Record<string, unknown>, role = 'excon') =>
      engine.execute(
        { commandId: `b-${type}`, type, issuedBy: { role, station: 'test' }, payload },
        BRANCH_WALL + 1000,
      );
    expect(await send('exercise/resume', {})).toMatchObject({ ok: true });
    // The origin waited an hour for the presidency to activate sharing; here Member State A alerts at once.
    expect(await send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a')).toMatchObject({ ok: true });
    const own = engine.events.slice(atSeq + 1);
    expect(own.map((event) => event.type)).toContain('decision.taken');
    expect(own.every((event) => event.seq > atSeq + 1 && event.exerciseId === 'mini-branch')).toBe(true);
    expect(engine.events.slice(0, atSeq)).toEqual(branch.slice(0, atSeq));
    expect(checkBranchPrefix(engine.events, origin)).toEqual({ kind: 'matches', atSeq });
  });

  it('refuses a point after ENDEX, an empty prefix and a log with a gap', () => {
    expect(() => branchAt(origin.length)).toThrow(
      new BranchError(
        `the origin had ended (ENDEX) by event ${origin.length}: branch at a point before ENDEX to play on`,
      ),
    );
    expect(() => branchAt(0)).toThrow(BranchError);
    const gap = [origin[0]!, origin[2]!];
    expect(() =>
      branchLog(gap, { name: 'Mini' }, { exerciseId: 'x', name: 'x', wallMs: 0, actor: CONTROLLER }),
    ).toThrow("the origin's log is not whole before the branch point (event 2)");
  });
});

describe('checkBranchPrefix', () => {
  it('finds the first event where the origin and the copy part', () => {
    const branch = branchAt(atSeq);
    const edited = origin.map((event) =>
      event.seq === 3 ? ({ ...event, wallMs: event.wallMs + 1 } as ExerciseEvent) : event,
    );
    expect(checkBranchPrefix(branch, edited)).toEqual({ kind: 'differs', atSeq, seq: 3 });
    expect(checkBranchPrefix(branch, origin.slice(0, 2))).toEqual({ kind: 'differs', atSeq, seq: 3 });
    expect(checkBranchPrefix(branch, origin)).toEqual({ kind: 'matches', atSeq });
  });

  it('says when the copy no longer hashes as recorded, or the origin is not at hand', () => {
    const branch = branchAt(atSeq);
    expect(checkBranchPrefix(branch, null)).toEqual({ kind: 'origin-absent', atSeq });
    const altered = branch.map((event) =>
      event.seq === 2 ? ({ ...event, scenarioMs: event.scenarioMs + 1 } as ExerciseEvent) : event,
    );
    expect(checkBranchPrefix(altered, origin)).toEqual({ kind: 'copy-altered', atSeq });
    expect(checkBranchPrefix(altered, null)).toEqual({ kind: 'copy-altered', atSeq });
  });

  it('has nothing to say of a log that is not a branch', () => {
    expect(checkBranchPrefix(origin, null)).toBeNull();
  });
});
