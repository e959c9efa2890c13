import { describe, expect, it } from 'vitest';
import {
  branchLog,
  encodeEvents,
  metricsOf,
  computeMetrics,
  contentOfCreated,
  type ExerciseEvent,
  type ExerciseRecord,
} from '../../core/index';
import { reviewLog } from '../../test/fixtures/review-log';
import { HOST_UNREACHABLE, type ConsoleConnection } from '../host/index';
import {
  checkBranchOnHost,
  readModelsFromHost,
  reviewHostOf,
  sameScenario,
  type ReviewHost,
} from './review-host';

const hostOf = (journals: Record<string, readonly ExerciseEvent[]>): ReviewHost => ({
  list: async () => [],
  journal: async (exerciseId) => (journals[exerciseId] ? encodeEvents(journals[exerciseId]) : null),
  branch: async () => {
    throw new Error('not here');
  },
  seal: async () => {
    throw new Error('not here');
  },
});

describe('the console review’s host', () => {
  it('reads another exercise’s journal into the read models metrics.json is computed from', async () => {
    const { log } = await reviewLog();
    const models = await readModelsFromHost(hostOf({ 'mini-1': log }), 'mini-1');
    expect(metricsOf(models)).toEqual(computeMetrics(log, contentOfCreated(log[0]!)));
    await expect(readModelsFromHost(hostOf({}), 'gone')).rejects.toThrow(
      'the exercise host has no journal of gone',
    );
  });

  it('checks a branch against its origin when the host has it, and against its own hash when not', async () => {
    const { log } = await reviewLog();
    const events = branchLog(
      log.slice(0, 20),
      { name: 'Mini' },
      {
        exerciseId: 'what-if',
        name: 'What if',
        wallMs: Date.UTC(2019, 5, 4),
        actor: { role: 'excon', station: 'console', actingAs: null },
      },
    );
    const both = hostOf({ 'mini-1': log, 'what-if': events });
    expect(await checkBranchOnHost(both, 'what-if', 'mini-1')).toEqual({ kind: 'matches', atSeq: 20 });
    const edited = log.map((event) => (event.seq === 7 ? { ...event, wallMs: 1 } : event));
    expect(
      await checkBranchOnHost(hostOf({ 'mini-1': edited, 'what-if': events }), 'what-if', 'mini-1'),
    ).toEqual({ kind: 'differs', atSeq: 20, seq: 7 });
    expect(await checkBranchOnHost(hostOf({ 'what-if': events }), 'what-if', 'mini-1')).toEqual({
      kind: 'origin-absent',
      atSeq: 20,
    });
  });

  it('offers the other exercises of the same scenario only', () => {
    const record = (exerciseId: string, scenarioId: string) => ({ exerciseId, scenarioId }) as ExerciseRecord;
    const records = [record('a', 's1'), record('b', 's1'), record('c', 's2')];
    expect(sameScenario(records, { exerciseId: 'a', scenarioId: 's1' }).map((r) => r.exerciseId)).toEqual([
      'b',
    ]);
  });

  it('asks for journals only with the console’s token, and says the host is unreachable without it', async () => {
    const calls: string[] = [];
    const connection = {
      consoleToken: null,
      list: async () => {
        calls.push('list');
        return [];
      },
      branch: async (exerciseId: string, atSeq: number, name: string) => {
        calls.push(`branch ${exerciseId} ${atSeq} ${name}`);
        return {} as ExerciseRecord;
      },
    } as unknown as ConsoleConnection;
    const host = reviewHostOf(connection);
    await host.list();
    await host.branch('x', 3, 'What if');
    expect(calls).toEqual(['list', 'branch x 3 What if']);
    await expect(host.journal('x')).rejects.toThrow(HOST_UNREACHABLE);
  });
});
