import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WrongExerciseError, type EngineSnapshot } from '../core/index';
import { JournalSnapshotFile } from './journal-snapshot-file';

const snapshotsFile = () =>
  path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-snapshots-')), 'events.jsonl.snapshots.jsonl');
const snapshot = (seq: number, state: unknown = { at: seq }, exerciseId = 'ex-1'): EngineSnapshot => ({
  exerciseId,
  seq,
  state,
});

describe('JournalSnapshotFile', () => {
  it('gives the latest snapshot at or before a seq, whatever order they were saved in', async () => {
    const file = await JournalSnapshotFile.open(snapshotsFile(), 'ex-1');
    await file.save(snapshot(100));
    await file.save(snapshot(40));
    await file.save(snapshot(70));
    expect([10, 40, 69, 70, 99, 500].map((seq) => file.atOrBefore(seq)?.seq)).toEqual([
      undefined,
      40,
      40,
      70,
      70,
      100,
    ]);
    await file.close();
  });

  it('lets the later of two snapshots at the same seq win', async () => {
    const file = await JournalSnapshotFile.open(snapshotsFile(), 'ex-1');
    await file.save(snapshot(10, 'first'));
    await file.save(snapshot(10, 'second'));
    expect(file.atOrBefore(10)?.state).toBe('second');
    await file.close();
  });

  it('keeps its snapshots as canonical JSON lines, read again when reopened', async () => {
    const location = snapshotsFile();
    const file = await JournalSnapshotFile.open(location, 'ex-1');
    await file.save({ state: { b: 1, a: 2 }, seq: 5, exerciseId: 'ex-1' });
    await Promise.all([file.save(snapshot(6)), file.save(snapshot(7))]);
    await file.close();
    expect(readFileSync(location, 'utf8').split('\n')[0]).toBe(
      '{"exerciseId":"ex-1","seq":5,"state":{"a":2,"b":1}}',
    );
    const reopened = await JournalSnapshotFile.open(location, 'ex-1');
    expect(reopened.atOrBefore(6)).toEqual(snapshot(6));
    expect(reopened.atOrBefore(5)?.state).toEqual({ a: 2, b: 1 });
    await reopened.close();
  });

  it('refuses a snapshot of another exercise', async () => {
    const file = await JournalSnapshotFile.open(snapshotsFile(), 'ex-1');
    await expect(file.save(snapshot(3, {}, 'ex-2'))).rejects.toThrow(WrongExerciseError);
    await file.close();
  });

  it('drops lines it cannot use (another exercise’s, unreadable, torn) and cuts a torn tail off', async () => {
    const location = snapshotsFile();
    writeFileSync(
      location,
      [
        JSON.stringify(snapshot(3)),
        JSON.stringify(snapshot(4, {}, 'ex-2')),
        'not json',
        JSON.stringify({ exerciseId: 'ex-1', seq: 'five' }),
        '',
      ].join('\n'),
    );
    appendFileSync(location, '{"exerciseId":"ex-1","seq":9,"st');
    const file = await JournalSnapshotFile.open(location, 'ex-1');
    expect(file.atOrBefore(100)?.seq).toBe(3);
    await file.save(snapshot(12));
    await file.close();
    const lines = readFileSync(location, 'utf8').split('\n');
    expect(lines.at(-2)).toBe('{"exerciseId":"ex-1","seq":12,"state":{"at":12}}');
    expect(lines.some((line) => line.startsWith('{"exerciseId":"ex-1","seq":9'))).toBe(false);
  });
});
