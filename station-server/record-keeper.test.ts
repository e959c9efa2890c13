import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseRecord } from '../core/index';
import { cleanUpHostWorlds, tempDataFolder } from '../test/fixtures/exercise-host-world';
import { RecordKeeper } from './record-keeper';

afterEach(cleanUpHostWorlds);

const record: ExerciseRecord = {
  exerciseId: 'ex-1',
  name: 'Tabletop',
  scenarioId: 'mini-scenario',
  scenarioTitle: 'Mini',
  marking: 'EXERCISE',
  createdWallMs: 1,
  status: 'ready',
  roles: {},
  lastEventWallMs: 1,
  eventCount: 2,
};

function keeper(everyMs: number) {
  const file = path.join(tempDataFolder(), 'exercise.json');
  const written: ExerciseRecord[] = [];
  const failures: string[] = [];
  const kept = new RecordKeeper(
    file,
    record,
    { written: (saved) => written.push(saved), failed: (message) => failures.push(message) },
    everyMs,
  );
  const onDisk = () => JSON.parse(readFileSync(file, 'utf8')) as ExerciseRecord;
  return { kept, written, failures, onDisk, file };
}

describe('the record keeper', () => {
  it('writes a change of status at once', async () => {
    const { kept, written, onDisk } = keeper(3_600_000);
    kept.update({ status: 'running', eventCount: 3, lastEventWallMs: 5 });
    await expect.poll(() => written.length).toBe(1);
    expect(onDisk()).toEqual({ ...record, status: 'running', eventCount: 3, lastEventWallMs: 5 });
  });

  it('writes counts once per interval however many batches come, and the rest when flushed', async () => {
    const { kept, written, onDisk } = keeper(20);
    for (let count = 3; count < 50; count++)
      kept.update({ status: 'ready', eventCount: count, lastEventWallMs: count });
    expect(kept.current.eventCount).toBe(49);
    await expect.poll(() => written.length).toBe(1);
    expect(onDisk().eventCount).toBe(49);
    kept.update({ status: 'ready', eventCount: 50, lastEventWallMs: 50 });
    await kept.flush();
    expect(written.map((saved) => saved.eventCount)).toEqual([49, 50]);
    // Nothing changed since: no write.
    await kept.flush();
    expect(written).toHaveLength(2);
  });

  it('reports a record it could not write, and nothing more', async () => {
    const { kept, failures } = keeper(3_600_000);
    const unwritable = new RecordKeeper('/proc/no-such-folder/exercise.json', record, {
      written: () => undefined,
      failed: (message) => failures.push(message),
    });
    unwritable.update({ status: 'running', eventCount: 3, lastEventWallMs: 5 });
    await unwritable.flush();
    // Each attempt (the change of status, then the flush) is reported.
    expect(failures).toEqual([
      expect.stringMatching(/^the record \/proc\/no-such-folder\/exercise\.json could not be written: /),
      expect.stringMatching(/^the record \/proc\/no-such-folder\/exercise\.json could not be written: /),
    ]);
    expect(kept.current).toEqual(record);
  });
});
