// What-if branches through the exercise host (issue 23): a branch of a played exercise is a new exercise whose
// journal begins with its origin's events, plays on from the origin's state at the point, and leaves the
// origin's journal as it was, byte for byte.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BranchError, contentOfCreated, replay, type ExerciseEvent } from '../core/index';
import {
  cleanUpHostWorlds,
  eventsOnDisk,
  miniExerciseRequest,
  startHostWorld,
} from '../test/fixtures/exercise-host-world';
import { ExerciseNotFoundError } from './exercise-host';

const HOUR = 3_600_000;
const take = (machine: string, event: string) => ({ machine, event, fields: {} });
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

afterEach(cleanUpHostWorlds);

/** A mini exercise played to ENDEX: consultations, an hour, sharing activated by the presidency. */
async function playedExercise() {
  const world = await startHostWorld();
  const record = await world.host.create(miniExerciseRequest());
  const hosted = await world.host.open(record.exerciseId);
  let count = 0;
  const send = (type: string, payload: Record<string, unknown> = {}, role?: string) =>
    hosted.execute({
      commandId: `c-${++count}`,
      type,
      payload,
      ...(role ? { role: 'excon', actingAs: role } : {}),
    });
  await send('exercise/start');
  await send('decision/take', take('crisis', 'CONSULT'), 'ms-a');
  const atSeq = hosted.events.at(-1)!.seq;
  await world.advance(HOUR);
  await send('decision/take', take('crisis', 'ACTIVATE'), 'presidency');
  await send('exercise/end');
  return { world, record, hosted, atSeq, send };
}

describe('a what-if branch on the exercise host', () => {
  it('is a new exercise that starts from the origin’s state at the point, the origin untouched', async () => {
    const { world, record, hosted, atSeq } = await playedExercise();
    const originFile = world.host.journalFile(record.exerciseId);
    const before = digest(originFile);
    const originEvents = [...hosted.events];

    const branch = await world.host.branch(record.exerciseId, { atSeq, name: 'Tabletop — no activation' });
    expect(branch).toMatchObject({
      name: 'Tabletop — no activation',
      scenarioId: record.scenarioId,
      status: 'paused',
      eventCount: atSeq + 1,
      branchOf: { exerciseId: record.exerciseId, name: 'Tabletop', atSeq },
      roles: record.roles,
    });
    expect(branch.exerciseId).not.toBe(record.exerciseId);
    expect((await world.host.list()).map((listed) => listed.exerciseId)).toContain(branch.exerciseId);

    const onDisk = await eventsOnDisk(world.host.journalFile(branch.exerciseId));
    expect(onDisk.slice(0, atSeq)).toEqual(
      originEvents.slice(0, atSeq).map((event) => ({ ...event, exerciseId: branch.exerciseId })),
    );
    expect(onDisk[atSeq]).toMatchObject({ type: 'exercise.branched', seq: atSeq + 1 });
    expect(digest(originFile)).toBe(before);

    // Opened, it holds the origin's state at the point (replayed apart from the host), its clock stopped.
    const opened = await world.host.open(branch.exerciseId);
    const atPoint = replay(originEvents.slice(0, atSeq), contentOfCreated(originEvents[0]!));
    const actors = Object.fromEntries(
      Object.entries(atPoint.actors).map(([key, actor]) => [key, actor.value]),
    );
    const reopened = replay([...opened.events], contentOfCreated(opened.events[0]!));
    expect(
      Object.fromEntries(Object.entries(reopened.actors).map(([key, actor]) => [key, actor.value])),
    ).toEqual(actors);
    expect(reopened.clock.status).toBe('paused');
    expect(reopened.lastScenarioMs).toBe(atPoint.lastScenarioMs);
  });

  it('plays on live with other decisions, and diverges only through its own commands', async () => {
    const { world, record, atSeq } = await playedExercise();
    const branch = await world.host.branch(record.exerciseId, { atSeq, name: 'Alert at once' });
    const hosted = await world.host.open(branch.exerciseId);
    const send = (type: string, payload: Record<string, unknown> = {}, role?: string) =>
      hosted.execute({ commandId: `b-${type}`, type, payload, ...(role ? { actingAs: role } : {}) });
    expect(await send('exercise/resume')).toMatchObject({ ok: true });
    expect(await send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a')).toMatchObject({ ok: true });
    const own = hosted.events.slice(atSeq + 1);
    expect(own.map((event) => event.type)).toEqual(
      expect.arrayContaining(['clock.resumed', 'decision.taken']),
    );
    const decided = own.filter(
      (event): event is Extract<ExerciseEvent, { type: 'decision.taken' }> => event.type === 'decision.taken',
    );
    expect(decided.map((event) => event.payload.event)).toEqual(['RAPID_ALERT']);
    expect(await eventsOnDisk(world.host.journalFile(branch.exerciseId))).toEqual(hosted.events);
  });

  it('refuses a point at or after ENDEX, outside the log, or of an exercise it does not have', async () => {
    const { world, record, hosted } = await playedExercise();
    const last = hosted.events.at(-1)!.seq;
    await expect(world.host.branch(record.exerciseId, { atSeq: last, name: 'x' })).rejects.toThrow(
      new BranchError(
        `the origin had ended (ENDEX) by event ${last}: branch at a point before ENDEX to play on`,
      ),
    );
    await expect(world.host.branch(record.exerciseId, { atSeq: last + 5, name: 'x' })).rejects.toThrow(
      `event ${last + 5} is not in the log of Tabletop (it holds events 1 to ${last})`,
    );
    await expect(world.host.branch('nothing-here', { atSeq: 2, name: 'x' })).rejects.toThrow(
      ExerciseNotFoundError,
    );
    expect(await world.host.list()).toHaveLength(1);
  });

  it('is listed again as a branch after a restart, and a restored copy of its journal is one too', async () => {
    const { world, record, atSeq } = await playedExercise();
    const branch = await world.host.branch(record.exerciseId, { atSeq, name: 'Alert at once' });
    const journal = readFileSync(world.host.journalFile(branch.exerciseId));
    await world.host.close();
    const again = await startHostWorld(world.dataFolder);
    expect((await again.host.list()).find((listed) => listed.exerciseId === branch.exerciseId)).toEqual(
      branch,
    );

    const elsewhere = await startHostWorld();
    const restored = await elsewhere.host.restore('branch.events.jsonl', journal);
    expect(restored).toMatchObject({
      ok: true,
      record: { name: 'Alert at once', status: 'paused', branchOf: { exerciseId: record.exerciseId, atSeq } },
    });
  });
});
